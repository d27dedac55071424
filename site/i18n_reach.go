package site

// ReachText holds the texts of the installed app, of the new-version
// notice, of the embed page and of sharing a summary from a framed
// calculator, in one language.
type ReachText struct {
	AppName, AppShortName, AppDescription string

	UpdateReady, UpdateReload string

	EmbedTitle, EmbedIntro                                     string
	LiveHeading, LiveNote                                      string
	ElementHeading, ElementNote, IframeHeading, IframeNote     string
	AttrHeading, AttrName, AttrMeaning                         string
	Attrs                                                      [][2]string // attribute, meaning
	MessagesHeading, MessagesIntro, MsgName, MsgMeaning        string
	Messages                                                   [][2]string // type, meaning
	EventsNote                                                 string
	PromiseHeading                                             string
	Promise                                                    []string
	ExampleName                                                string // the live example's association
	ShareButton, ShareIntro, ShareSend, ShareCancel, ShareSent string // {name} is the association
	SharePeriod, ShareRegions, ShareLocation, ShareMarket      string
}

func reachText(l Lang) ReachText {
	if l == ZH {
		return reachZH
	}
	return reachEN
}

var reachEN = ReachText{
	AppName:        "Greenline carbon self-assessment",
	AppShortName:   "Greenline",
	AppDescription: "Scope 2 of your factory’s electricity, step by step, computed on your device and usable offline.",
	UpdateReady:    "A new version of Greenline is ready.",
	UpdateReload:   "Reload to use it",

	EmbedTitle:     "Put Greenline on your association’s site",
	EmbedIntro:     "Trade associations can offer the calculator to their members on their own site, with their name and colour. Members’ figures stay in their browser: your site receives nothing unless a member chooses to share a summary with you.",
	LiveHeading:    "Live example",
	LiveNote:       "This is the element below, as your members would see it.",
	ElementHeading: "With a script: the <greenline-calculator> element",
	ElementNote:    "Paste both lines where the calculator should appear. The frame grows with its content, so your page scrolls, not the frame. Ask us to add your site’s origin to the calculator’s partners first: browsers refuse to show it in other sites.",
	IframeHeading:  "Without scripts: a plain frame",
	IframeNote:     "For sites that allow no scripts. The frame cannot grow with its content, so give it a height; settings go in the address.",
	AttrHeading:    "Attributes",
	AttrName:       "Attribute",
	AttrMeaning:    "What it does",
	Attrs: [][2]string{
		{"lang", "Language of the calculator: en or zh (default: the page’s language when it is Chinese, else en)."},
		{"region", "Grid region chosen for a new facility, e.g. province-jiangsu."},
		{"steps", "The steps shown, comma-separated: company, facilities, electricity, green, products, results (default: all). Results are always shown."},
		{"name", "Your association’s name, shown above the calculator and on the share button."},
		{"logo", "Address of your logo (an image on your own site), shown beside the name."},
		{"accent", "Your colour for buttons, as #rrggbb. It is refused, and the calculator’s green kept, when it has less than 4.5:1 contrast with white text (WCAG AA)."},
	},
	MessagesHeading: "Messages (protocol version 1)",
	MessagesIntro:   "The frame talks to your page with postMessage, only to the origin that framed it, and only if that origin is a partner; the element accepts messages only from the calculator’s origin and its own frame. Every message is an object {greenline: 1, type, …}.",
	MsgName:         "type",
	MsgMeaning:      "Sent when",
	Messages: [][2]string{
		{"ready", "The calculator has loaded; carries lang."},
		{"resize", "The content’s height changed; carries height in CSS pixels. The element sets the frame’s height from it."},
		{"result-summary", "Only after the member pressed “Share this summary” and confirmed what is sent: summary with period, regions, location_based and market_based (value and unit). Never any input."},
	},
	EventsNote:     "The element fires the same messages as DOM events on itself: greenline-ready, greenline-resize and greenline-result-summary, with the message as event.detail.",
	PromiseHeading: "Our privacy promise",
	Promise: []string{
		"Everything a member enters is computed in their browser. No number leaves it: not to us, not to you.",
		"The frame sends your page its height and that it is ready, nothing else, until the member chooses to share a summary, sees exactly what will be sent and confirms.",
		"The calculator loads nothing from other sites, sets no cookies and runs no analytics.",
	},
	ExampleName:   "Example Cable Makers’ Association",
	ShareButton:   "Share this summary with {name}",
	ShareIntro:    "Only this will be sent to {name}, nothing you entered:",
	ShareSend:     "Send to {name}",
	ShareCancel:   "Cancel",
	ShareSent:     "Sent to {name}.",
	SharePeriod:   "Period starting",
	ShareRegions:  "Grid regions",
	ShareLocation: "Scope 2, location-based",
	ShareMarket:   "Scope 2, market-based",
}

var reachZH = ReachText{
	AppName:        "Greenline 碳排放自评估",
	AppShortName:   "Greenline",
	AppDescription: "逐步算出工厂用电的范围二排放，全部在您的设备上计算，离线也能用。",
	UpdateReady:    "Greenline 新版本已就绪。",
	UpdateReload:   "重新加载以使用新版本",

	EmbedTitle:     "在贵协会网站上提供 Greenline",
	EmbedIntro:     "行业协会可以在自己的网站上向会员提供本计算器，显示协会名称和颜色。会员的数据只留在其浏览器中：除非会员选择与您分享摘要，您的网站收不到任何内容。",
	LiveHeading:    "实际示例",
	LiveNote:       "下面就是该元素，与您的会员看到的一样。",
	ElementHeading: "使用脚本：<greenline-calculator> 元素",
	ElementNote:    "把这两行粘贴到要显示计算器的位置。框架随内容增高，滚动的是您的页面而不是框架。请先让我们把您网站的源（origin）加入计算器的合作方名单：浏览器不允许在其他网站中显示它。",
	IframeHeading:  "不使用脚本：普通框架",
	IframeNote:     "适用于不允许脚本的网站。框架无法随内容增高，请指定高度；设置写在地址中。",
	AttrHeading:    "属性",
	AttrName:       "属性",
	AttrMeaning:    "作用",
	Attrs: [][2]string{
		{"lang", "计算器的语言：en 或 zh（默认：页面为中文时用 zh，否则用 en）。"},
		{"region", "新建设施时预选的电网区域，如 province-jiangsu。"},
		{"steps", "显示的步骤，用逗号分隔：company、facilities、electricity、green、products、results（默认：全部）。结果步骤始终显示。"},
		{"name", "贵协会的名称，显示在计算器上方和分享按钮上。"},
		{"logo", "贵协会标志的地址（您自己网站上的图片），显示在名称旁。"},
		{"accent", "按钮使用的颜色，格式为 #rrggbb。若与白色文字的对比度低于 4.5:1（WCAG AA），则不采用，保留计算器的绿色。"},
	},
	MessagesHeading: "消息（协议第 1 版）",
	MessagesIntro:   "框架通过 postMessage 与您的页面通信，只发给嵌入它的源，且该源须在合作方名单中；元素只接受来自计算器的源及其自身框架的消息。每条消息都是对象 {greenline: 1, type, …}。",
	MsgName:         "type",
	MsgMeaning:      "何时发送",
	Messages: [][2]string{
		{"ready", "计算器已加载；附带 lang。"},
		{"resize", "内容高度改变；附带以 CSS 像素计的 height。元素据此设置框架高度。"},
		{"result-summary", "仅在会员点击“分享此摘要”并确认发送内容之后：summary，含 period、regions、location_based 和 market_based（数值和单位）。绝不包含任何输入。"},
	},
	EventsNote:     "元素在自身上以 DOM 事件的形式触发相同的消息：greenline-ready、greenline-resize 和 greenline-result-summary，消息在 event.detail 中。",
	PromiseHeading: "我们的隐私承诺",
	Promise: []string{
		"会员输入的一切都在其浏览器中计算。任何数字都不会离开浏览器：不会发给我们，也不会发给您。",
		"在会员选择分享摘要、看到确切的发送内容并确认之前，框架只向您的页面发送其高度和“已就绪”，别无其他。",
		"计算器不从其他网站加载任何内容，不设置 Cookie，也不做任何统计分析。",
	},
	ExampleName:   "示例电缆制造商协会",
	ShareButton:   "与{name}分享此摘要",
	ShareIntro:    "只会向{name}发送以下内容，不含您输入的任何数据：",
	ShareSend:     "发送给{name}",
	ShareCancel:   "取消",
	ShareSent:     "已发送给{name}。",
	SharePeriod:   "起始期间",
	ShareRegions:  "电网区域",
	ShareLocation: "范围二（基于位置）",
	ShareMarket:   "范围二（基于市场）",
}
