package profile

import (
	"math"
	"time"
)

// The sun-position model. Everything here is floating point and is used
// only to make integer weights; see the package comment for why every
// product that is added to something is wrapped in float64(…).

// weightScale turns the sine of the elevation into an integer weight.
const weightScale = 1_000_000

const (
	twoPi = 2 * math.Pi
	deg   = math.Pi / 180 // radians per degree
)

// A sunSite is a place prepared for the model.
type sunSite struct {
	sinLat, cosLat float64
	lonMin         float64 // 4·longitude: minutes of solar time east of Greenwich
	offMin         float64 // local clock minus UTC, in minutes
}

func newSunSite(latDeg, lonDeg float64, offset time.Duration) sunSite {
	s, c := sincos(float64(latDeg * deg))
	return sunSite{
		sinLat: s,
		cosLat: c,
		lonMin: float64(4 * lonDeg),
		offMin: float64(offset / time.Minute),
	}
}

// A sunDay holds one day's solar geometry at one site: the sine of the
// sun's elevation at a moment is a + b·cos(hour angle).
type sunDay struct {
	a, b  float64
	shift float64 // true solar time minus local clock time, in minutes
}

// day computes the declination and the equation of time of a local date,
// and from them the day's geometry.
//
// The formulas are those of NOAA's "General Solar Position Calculations"
// (NOAA Global Monitoring Laboratory), whose declination and equation of
// time are the Fourier series of J. W. Spencer, "Fourier series
// representation of the position of the sun", Search 2(5), 1971, p. 172.
// With γ the fractional year in radians,
//
//	γ     = 2π/N · (day of year − 1)        N = 365, or 366 in a leap year
//	eqt   = 229.18 · (0.000075 + 0.001868 cos γ − 0.032077 sin γ
//	                  − 0.014615 cos 2γ − 0.040849 sin 2γ)     minutes
//	decl  = 0.006918 − 0.399912 cos γ + 0.070257 sin γ − 0.006758 cos 2γ
//	        + 0.000907 sin 2γ − 0.002697 cos 3γ + 0.00148 sin 3γ  radians
//	tst   = local clock minutes + eqt + 4·longitude − 60·UTC offset hours
//	ha    = (tst/4 − 180)°
//	sin(elevation) = cos(zenith) = sin φ sin decl + cos φ cos decl cos ha
//
// NOAA adds (hour − 12)/24 to the day in γ; Greenline evaluates γ at local
// noon and keeps the declination and the equation of time fixed for the
// whole day, so that each day is symmetric about solar noon. The series
// are good to a few hundredths of a degree and under a minute of time,
// far finer than an hourly profile needs.
func (s sunSite) day(date time.Time) sunDay {
	n := 365
	if isLeap(date.Year()) {
		n = 366
	}
	g := float64(twoPi*float64(date.YearDay()-1)) / float64(n)
	s1, c1 := sincos(g)
	s2, c2 := sincos(2 * g)
	s3, c3 := sincos(float64(3 * g))
	eqt := float64(229.18 * (0.000075 +
		float64(0.001868*c1) - float64(0.032077*s1) -
		float64(0.014615*c2) - float64(0.040849*s2)))
	decl := 0.006918 -
		float64(0.399912*c1) + float64(0.070257*s1) -
		float64(0.006758*c2) + float64(0.000907*s2) -
		float64(0.002697*c3) + float64(0.00148*s3)
	sd, cd := sincos(decl)
	return sunDay{
		a:     float64(s.sinLat * sd),
		b:     float64(s.cosLat * cd),
		shift: eqt + s.lonMin - s.offMin,
	}
}

// sinElevation returns the sine of the sun's elevation at local clock time
// t, in minutes after local midnight.
func (d sunDay) sinElevation(t float64) float64 {
	tst := t + d.shift
	ha := float64((tst/4 - 180) * deg)
	_, c := sincos(ha)
	return d.a + float64(d.b*c)
}

// weight returns the integer weight of the moment t: the sine of the
// elevation in millionths, rounded half up, and 0 while the sun is on or
// below the horizon.
func (d sunDay) weight(t float64) int64 {
	e := d.sinElevation(t)
	if !(e > 0) {
		return 0
	}
	return int64(math.Floor(float64(e*weightScale) + 0.5))
}

// sincos returns the sine and cosine of x (radians; |x| < 2^20 keeps the
// reduction below accurate), to within a few units in the last place, with
// nothing but IEEE-754 double additions and multiplications, each rounded
// on its own, so every platform gives the same bits.
func sincos(x float64) (sin, cos float64) {
	// Reduce: x = k·π/2 + r with |r| ≤ π/4 (a hair more at the edges). π/2
	// is split in two so that k·pio2hi is exact for |k| < 2^20 (pio2hi has
	// 33 significant bits) and the subtraction loses nothing.
	const (
		pio2hi = 1.57079632673412561417e+00 // first 33 bits of π/2
		pio2lo = math.Pi/2 - pio2hi         // the rest, rounded
	)
	k := math.Floor(float64(x*(2/math.Pi)) + 0.5)
	r := x - float64(k*pio2hi)
	r = r - float64(k*pio2lo)

	// Taylor series on |r| ≤ π/4: the first omitted terms, r¹⁷/17! and
	// r¹⁸/18!, are below 1e-16. Horner's scheme in z = r².
	z := float64(r * r)
	ps := 1.0 / 1307674368000 // 1/15!
	ps = float64(ps*z) - 1.0/6227020800
	ps = float64(ps*z) + 1.0/39916800
	ps = float64(ps*z) - 1.0/362880
	ps = float64(ps*z) + 1.0/5040
	ps = float64(ps*z) - 1.0/120
	ps = float64(ps*z) + 1.0/6
	s := r - float64(float64(r*z)*ps)
	pc := 1.0 / 20922789888000 // 1/16!
	pc = float64(pc*z) - 1.0/87178291200
	pc = float64(pc*z) + 1.0/479001600
	pc = float64(pc*z) - 1.0/3628800
	pc = float64(pc*z) + 1.0/40320
	pc = float64(pc*z) - 1.0/720
	pc = float64(pc*z) + 1.0/24
	pc = float64(pc*z) - 1.0/2
	c := 1 + float64(z*pc)

	switch int64(k) & 3 {
	case 0:
		return s, c
	case 1:
		return c, -s
	case 2:
		return -s, -c
	}
	return -c, s
}
