package site

// A capability is a method of the methodology page that the web assessment
// offers: the step where it is entered, and the control in that step (or in
// a card the step repeats) that offers it. The methodology page says which
// methods the assessment offers, and where, from this list alone; a test
// renders the assessment and fails when a control named here is not in its
// step, so the page cannot claim what the assessment does not do.
type capability struct {
	Method string // id of the methodology section (methodSections)
	Step   string // id of the assessment step (stepIDs)
	Marker string // an attribute of the control that offers it
}

var capabilities = []capability{
	{"location", "facilities", `data-bind="grid.key"`},
	{"market", "green", `data-add="certificate"`},
	{"market", "green", `data-add="contract"`},
	{"direct", "green", `data-add="supply"`},
	{"matching", "electricity", `value="hourly" data-bind="_mode"`},
	{"profiles", "electricity", `data-bind="electricity.profile.shifts"`},
	{"profiles", "green", `data-add="solar"`},
	{"products", "products", `data-add="product"`},
	{"cbam", "products", `data-bind="cn"`},
	{"trace", "results", `id="result-view"`},
	{"rounding", "results", `id="result-view"`},
}

// offeredIn lists, in order and once each, the indexes of the assessment
// steps that offer a method; none when only the core and the command line
// compute it.
func offeredIn(method string) []int {
	var steps []int
	for _, c := range capabilities {
		if c.Method != method {
			continue
		}
		for i, id := range stepIDs {
			if id == c.Step && (len(steps) == 0 || steps[len(steps)-1] != i) {
				steps = append(steps, i)
			}
		}
	}
	return steps
}
