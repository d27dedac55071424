package site

// ResultsText holds every string the result view and the printable report
// show, in one language; the page hands it to results.js as JSON.
type ResultsText struct {
	Lang string `json:"lang"`
}

// resultsText is the result view's text in lang.
func resultsText(l Lang) ResultsText { return ResultsText{Lang: string(l)} }
