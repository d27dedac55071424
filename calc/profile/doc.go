// Package profile synthesizes hourly energy profiles for users who have
// only monthly figures: a consumption profile from monthly bills and an
// operating pattern (Load), and a solar generation profile from capacity,
// location, monthly specific yield and a sun-position model (Solar,
// SolarAnnual).
//
// A synthesized profile is an estimate, not a measurement: every figure a
// caller builds on it must be marked as an estimate.
//
// # Period and hours
//
// A reporting period is the twelve calendar months that begin on the first
// day of a Month, in local wall-clock time with a fixed UTC offset (China
// has no daylight saving time). It has 8760 hours, or 8784 when it contains
// a 29 February. Hour index 0 is 00:00–01:00 local time on the first day;
// index 24·d+h is h:00–(h+1):00 on day d of the period. Every profile is a
// slice of that length, in watt-hours (int64), never negative.
//
// # Exactness
//
// Each month's energy is split over that month's hours in proportion to
// integer weights by the largest-remainder method: every hour first gets
// floor(E·w/W) (computed with a 128-bit product, math/bits, so nothing
// overflows), and the watt-hours left over go one each to the hours with
// the largest remainders, the earliest hour first among equal remainders.
// So the hours of every month add up exactly to the month's energy, each
// hour is within 1 Wh of its exact proportional share, and a heavier hour
// never gets less than a lighter one of the same month.
//
// # Load (Greenline's convention, not a published standard)
//
// Operating hours, on working days, by shift count:
//
//	1 shift   08:00–16:00   8 hours
//	2 shifts  08:00–24:00  16 hours
//	3 shifts  00:00–24:00  24 hours
//
// An operating hour weighs 1000; every other hour (outside the shifts, and
// all day on rest days) weighs the base load, a per-mille share of the
// operating level: DefaultBase = 150 (15 %) unless set, standing for
// lighting, compressed air, cooling and equipment on standby. Working days
// are Monday–Friday, Monday–Saturday or every day; a public holiday is a
// rest day and a make-up working day (调休 workday) is a working day,
// whatever the weekday and the Workweek, as the caller's DayKinds says. The
// hours of a day follow its calendar date: a third shift does not run on
// into a holiday.
//
// # Solar
//
// Within each month, the month's energy (capacity × specific yield) is split
// in proportion to the clear-sky shape: the sine of the sun's elevation at
// the middle of each hour, 0 while the sun is below the horizon (no
// refraction), rounded to an integer number of millionths. The sun's
// position comes from the NOAA Global Monitoring Laboratory's "General
// Solar Position Calculations" with Spencer's (1971) Fourier series for
// the declination and the equation of time, evaluated once per day (see
// sun.go). The shape ignores clouds, panel tilt and orientation, shading
// and the inverter: it says when in the day the month's energy is made,
// while the monthly yield says how much.
//
// Floating point is used only to compute the integer weights, and so that
// native (amd64, arm64, any GOAMD64 level) and wasm builds give the same
// bytes it is kept bit-for-bit deterministic: every product that is added
// to something is wrapped in an explicit float64 conversion, which the Go
// specification says prevents fusing it into a fused multiply-add (the gc
// compiler does not fuse on amd64 at the default GOAMD64=v1 nor on wasm,
// but it does on arm64, ppc64, s390x, riscv64 and amd64 with GOAMD64=v3),
// and sine and cosine are this package's own polynomials instead of the
// math package's, which is compiled with fusion where the target allows
// it. Each weight is rounded to an integer before any energy is split; the
// split itself is integer arithmetic only.
package profile
