package site

import (
	"strings"

	"github.com/greenline-calc/greenline/calc/factors"
)

// The page's words for the factor tables it fetches from the Worker
// (factorsource.js and tables.js): the refusals the page itself decides,
// the Worker's own error codes, and the labels of the trust control and
// of the tables a result used. The core emits none of these codes, so
// they are here and not in calc.Codes().

// tableCode is the wording of one code with the parameters it may name.
type tableCode struct {
	Params []string
	EN, ZH string
}

// tableCodes word the codes of the factor tables' way to the page. The
// page adds id and version (the table concerned) to every refusal's
// parameters; the Worker's codes take no parameters (its English message
// is for the log and is never shown).
var tableCodes = map[string]tableCode{
	// Decided by the page (factorsource.js, and the bridge for a kept table).
	"factor.unreachable": {[]string{"url", "reason", "id", "version"},
		"The factor table service {url} could not be reached ({reason}); the calculator uses the tables it already has.",
		"无法连接排放因子表服务 {url}（{reason}）；计算器继续使用已有的因子表。"},
	"factor.hash": {[]string{"want", "got", "id", "version"},
		"Table {id} version {version} was refused: the SHA-256 of what arrived is {got}, but the service's index says {want}. The bytes were changed on the way.",
		"已拒绝因子表 {id} 第 {version} 版：收到内容的 SHA-256 为 {got}，而服务索引写明的是 {want}，内容在传输中被改动过。"},
	"factor.untrusted": {[]string{"key_id", "id", "version"},
		"Table {id} version {version} is signed by key {key_id}, which you have not chosen to trust; it is not used.",
		"因子表 {id} 第 {version} 版由密钥 {key_id} 签名，您尚未选择信任该密钥，因此未使用。"},
	"factor.signature": {[]string{"reason", "id", "version"},
		"Table {id} version {version} was refused: its signature does not check ({reason}).",
		"已拒绝因子表 {id} 第 {version} 版：其签名未通过验证（{reason}）。"},
	// The bridge's reason is the core's English error, for the log: not shown.
	"factor.kept_invalid": {[]string{"id", "version"},
		"Table {id} version {version} kept in this browser does not load in this version of the calculator; it is dropped and the built-in tables are used.",
		"此浏览器中保存的因子表 {id} 第 {version} 版无法在此版本的计算器中读取，已弃用，改用内置因子表。"},
	// The reasons of factor.unreachable and factor.signature (factorsource.js).
	"reason.timeout":        {nil, "no answer in time", "等待超时"},
	"reason.network":        {nil, "no connection", "无法建立连接"},
	"reason.http":           {[]string{"status"}, "the service answered with HTTP status {status}", "服务返回 HTTP 状态码 {status}"},
	"reason.malformed":      {nil, "what the service sent cannot be read", "服务发来的内容无法读取"},
	"signature.missing":     {nil, "the table comes without a signature", "该表没有签名"},
	"signature.key_size":    {nil, "its public key is not a 32-byte Ed25519 key", "其公钥不是 32 字节的 Ed25519 密钥"},
	"signature.key_id":      {nil, "its key id is not the id of its public key", "其密钥编号与公钥不符"},
	"signature.files":       {nil, "the files are not the ones that were signed", "文件与签名时的文件不一致"},
	"signature.invalid":     {nil, "the signature does not verify", "签名验证失败"},
	"signature.unsupported": {nil, "this browser cannot check Ed25519 signatures", "此浏览器无法验证 Ed25519 签名"},
	// The Worker's error codes (worker/handler.go, worker/store.go).
	"request.method":         {nil, "The factor table service answers only GET and HEAD requests.", "排放因子表服务只接受 GET 和 HEAD 请求。"},
	"request.not_found":      {nil, "The factor table service has no such address.", "排放因子表服务没有这个地址。"},
	"request.path_too_long":  {nil, "The address is too long for the factor table service.", "地址过长，排放因子表服务不予受理。"},
	"request.query":          {nil, "The query part of the address is malformed.", "地址中的查询部分格式有误。"},
	"request.query_too_long": {nil, "The query part of the address is too long.", "地址中的查询部分过长。"},
	"store.unavailable":      {nil, "The service could not read the associations' tables just now.", "服务暂时无法读取各协会的因子表。"},
	"table.not_found":        {nil, "The service does not publish this table version.", "服务未发布此版本的因子表。"},
	"table.signature":        {nil, "The service refuses this association table: its signature does not check.", "服务拒绝此协会因子表：其签名未通过验证。"},
	"table.invalid":          {nil, "The service refuses this association table: its data do not load.", "服务拒绝此协会因子表：其数据无法读取。"},
	"table.key":              {nil, "The service refuses this association table: it is stored under another table's name.", "服务拒绝此协会因子表：其存放位置与表名不符。"},
	"table.id_taken":         {nil, "The service refuses this association table: its id is one of Greenline's own tables.", "服务拒绝此协会因子表：其编号与 Greenline 内置因子表重复。"},
	"worker.internal":        {nil, "The factor table service hit a defect.", "排放因子表服务出现故障。"},
}

// TablesText is the page's text for the factor tables from the Worker.
type TablesText struct {
	Heading    string `json:"heading"`
	Help       string `json:"help"`
	TrustHelp  string `json:"trustHelp"`
	Offered    string `json:"offered"` // {id} {version} {key_id}
	Trust      string `json:"trust"`
	Untrust    string `json:"untrust"`
	Trusted    string `json:"trusted"`
	Kept       string `json:"kept"`     // {list}
	PickedUp   string `json:"pickedUp"` // {id} {version} {url}
	Refused    string `json:"refused"`  // {id} {version}: the Worker's index refuses it; {reason}
	Used       string `json:"used"`     // heading of the tables a result used
	Line       string `json:"line"`     // {id} {version} {source}
	DataLine   string `json:"dataLine"` // {id} {source}: a data file of Greenline's own, without versions (the fuel factors)
	Embedded   string `json:"embedded"`
	FromWorker string `json:"fromWorker"` // {url}
	None       string `json:"none"`
	Group      string `json:"group"` // {title} {id} {version}: an association table's rows in a facility's region list
}

var tablesTexts = map[Lang]TablesText{
	EN: {
		Heading:    "Factor tables from the Worker",
		Help:       "Newer tables and associations' own tables come from {url}. Each is checked before use and kept in this browser for offline use; the calculator never waits for the service.",
		TrustHelp:  "An association's table is used only when you trust the key that signed it. Trust a key only when the association has given you its id.",
		Offered:    "{id} version {version}, signed by key {key_id}",
		Trust:      "Trust this key",
		Untrust:    "Stop trusting this key",
		Trusted:    "trusted",
		Kept:       "Kept in this browser: {list}.",
		PickedUp:   "Now using {id} version {version} from the Worker {url}.",
		Refused:    "The service does not serve {id} version {version}: {reason}",
		Used:       "Factor tables used",
		Line:       "{id} version {version} ({source})",
		DataLine:   "data file {id} ({source})",
		Embedded:   "embedded",
		FromWorker: "Worker {url}",
		None:       "none",
		Group:      "{title} ({id} version {version}, from the Worker)",
	},
	ZH: {
		Heading:    "来自 Worker 服务的排放因子表",
		Help:       "较新的因子表和各协会自己的因子表来自 {url}。每张表使用前都会校验，并保存在此浏览器中供离线使用；计算器从不等待该服务。",
		TrustHelp:  "只有在您信任签名密钥时，才会使用协会的因子表。请仅在协会向您提供了密钥编号时才信任该密钥。",
		Offered:    "{id} 第 {version} 版，由密钥 {key_id} 签名",
		Trust:      "信任此密钥",
		Untrust:    "取消信任此密钥",
		Trusted:    "已信任",
		Kept:       "此浏览器中保存的因子表：{list}。",
		PickedUp:   "现已使用来自 Worker 服务 {url} 的 {id} 第 {version} 版。",
		Refused:    "服务不提供 {id} 第 {version} 版：{reason}",
		Used:       "所用排放因子表",
		Line:       "{id} 第 {version} 版（{source}）",
		DataLine:   "数据文件 {id}（{source}）",
		Embedded:   "内置",
		FromWorker: "Worker 服务 {url}",
		None:       "无",
		Group:      "{title}（{id} 第 {version} 版，来自 Worker 服务）",
	},
}

// embeddedRefs lists the table versions of lib.
func embeddedRefs(lib *factors.Library) []tableRef {
	var refs []tableRef
	for _, t := range lib.Tables {
		refs = append(refs, tableRef{t.ID, t.Version})
	}
	return refs
}

// tablesHelp is the help of the factor tables' box, naming the Worker.
func (v CalcView) tablesHelp() string {
	return strings.ReplaceAll(tablesTexts[v.Lang].Help, "{url}", v.FactorSource)
}

// tableRef names one embedded table version.
type tableRef struct {
	ID      string `json:"id"`
	Version int    `json:"version"`
}

// tablesClient is what the page reads of the factor tables from the
// Worker: its address ("" when the site was built without one), the
// embedded table versions, and the words.
type tablesClient struct {
	Source   string            `json:"source"`
	Embedded []tableRef        `json:"embedded"`
	Text     TablesText        `json:"text"`
	Codes    map[string]string `json:"codes"`
}

func (v CalcView) tablesClient() tablesClient {
	c := tablesClient{Source: v.FactorSource, Embedded: v.Embedded, Text: tablesTexts[v.Lang], Codes: map[string]string{}}
	for code, t := range tableCodes {
		c.Codes[code] = t.EN
		if v.Lang == ZH {
			c.Codes[code] = t.ZH
		}
	}
	return c
}
