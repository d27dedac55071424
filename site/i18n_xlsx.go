package site

// A pageCode is a code the page's own modules answer in, as the core's
// codes are: the names of its parameters and its wording in English and
// Chinese, with {name} placeholders.
type pageCode struct {
	Params []string
	codeText
}

// xlsxCodes words the errors of the page's workbook reader
// (static/xlsx.js, XlsxError), each with the parameters it carries. The
// page shows them after its own "The workbook could not be read (file):";
// part names a part inside the file (xl/worksheets/sheet1.xml), which a
// reader cannot act on, so no wording shows it.
var xlsxCodes = map[string]pageCode{
	"xlsx.cell_ref":         {[]string{"ref", "sheet"}, codeText{"The sheet \"{sheet}\" holds a cell named \"{ref}\", which is not a cell reference; the file is damaged.", "工作表“{sheet}”中有一个名为“{ref}”的单元格，这不是有效的单元格引用；文件已损坏。"}},
	"xlsx.checksum":         {[]string{"part"}, codeText{"The file is damaged: part of it does not match its checksum. Copy or download it again.", "文件已损坏：其中一部分与校验值不符。请重新复制或下载。"}},
	"xlsx.compression":      {[]string{"method", "part"}, codeText{"The file is compressed with a method that is not supported here (method {method}); save it again in Excel or LibreOffice.", "文件采用了此处不支持的压缩方式（方式 {method}）；请在 Excel 或 LibreOffice 中重新保存。"}},
	"xlsx.empty":            {nil, codeText{"The file is empty.", "文件是空的。"}},
	"xlsx.encrypted":        {nil, codeText{"The workbook is encrypted; remove the password in Excel and save it again.", "该工作簿已加密；请在 Excel 中取消密码后重新保存。"}},
	"xlsx.inflate":          {[]string{"part"}, codeText{"The file is damaged: part of it cannot be decompressed. Copy or download it again.", "文件已损坏：其中一部分无法解压。请重新复制或下载。"}},
	"xlsx.legacy":           {nil, codeText{"This is an Excel 97–2003 workbook (.xls) or a workbook with a password; open it in Excel or LibreOffice, save it as .xlsx without a password and try again.", "这是 Excel 97–2003 工作簿（.xls）或设有密码的工作簿；请在 Excel 或 LibreOffice 中打开，不设密码另存为 .xlsx 后重试。"}},
	"xlsx.no_sheets":        {nil, codeText{"The workbook has no worksheet with cells to read.", "该工作簿没有可读取单元格的工作表。"}},
	"xlsx.no_workbook":      {nil, codeText{"This is a ZIP archive but not an Excel workbook (.xlsx).", "这是一个压缩包，但不是 Excel 工作簿（.xlsx）。"}},
	"xlsx.not_zip":          {nil, codeText{"This file is not an Excel workbook (.xlsx); for a CSV or text file, give it the extension .csv.", "此文件不是 Excel 工作簿（.xlsx）；如果是 CSV 或文本文件，请将扩展名改为 .csv。"}},
	"xlsx.ods":              {nil, codeText{"This is an OpenDocument spreadsheet (.ods); save it as .xlsx and try again.", "这是 OpenDocument 电子表格（.ods）；请另存为 .xlsx 后重试。"}},
	"xlsx.row_number":       {[]string{"row", "sheet"}, codeText{"The sheet \"{sheet}\" numbers a row \"{row}\", which is not a row number; the file is damaged.", "工作表“{sheet}”中有一行编号为“{row}”，这不是有效的行号；文件已损坏。"}},
	"xlsx.shared_string":    {[]string{"cell", "sheet"}, codeText{"Cell {cell} of the sheet \"{sheet}\" refers to a text the file does not hold; the file is damaged.", "工作表“{sheet}”的单元格 {cell} 引用了文件中不存在的文本；文件已损坏。"}},
	"xlsx.sheet_missing":    {[]string{"sheet"}, codeText{"The sheet \"{sheet}\" is listed in the workbook but missing from the file; the file is damaged.", "工作表“{sheet}”列在工作簿中，但文件中缺少该表；文件已损坏。"}},
	"xlsx.too_big":          {[]string{"mb"}, codeText{"The workbook is too large to open here: its contents unpack to more than {mb} MB. Delete unneeded sheets, rows or columns and try again.", "工作簿太大，无法在此打开：解压后超过 {mb} MB。请删除不需要的工作表、行或列后重试。"}},
	"xlsx.too_many_cells":   {[]string{"max"}, codeText{"The workbook has more than {max} cells, more than can be read here; delete unneeded sheets, rows or columns and try again.", "工作簿的单元格超过 {max} 个，超出此处可读取的数量；请删除不需要的工作表、行或列后重试。"}},
	"xlsx.too_many_columns": {[]string{"sheet"}, codeText{"The sheet \"{sheet}\" has more columns than Excel allows; the file is damaged.", "工作表“{sheet}”的列数超过 Excel 的上限；文件已损坏。"}},
	"xlsx.too_many_rows":    {[]string{"sheet"}, codeText{"The sheet \"{sheet}\" has more rows than Excel allows; the file is damaged.", "工作表“{sheet}”的行数超过 Excel 的上限；文件已损坏。"}},
	"xlsx.truncated":        {nil, codeText{"The file is incomplete: its end is missing. Was the download or the copy cut short? Copy or download it again.", "文件不完整：缺少结尾部分。可能是下载或复制中断了，请重新复制或下载。"}},
	"xlsx.unreadable":       {nil, codeText{"The file is damaged or uses a feature that is not supported here; save it again in Excel or LibreOffice.", "文件已损坏，或使用了此处不支持的功能；请在 Excel 或 LibreOffice 中重新保存。"}},
	"xlsx.volumes":          {nil, codeText{"The file is split across several volumes; join them into one .xlsx file.", "文件被分成了多个分卷；请合并为一个 .xlsx 文件。"}},
	"xlsx.xml":              {[]string{"part"}, codeText{"The file is damaged: part of it is not well-formed. Copy or download it again, or save it again in Excel.", "文件已损坏：其中一部分格式不正确。请重新复制或下载，或在 Excel 中重新保存。"}},
	"xlsx.zip64":            {nil, codeText{"The file uses the ZIP64 format, which is not supported here; save it again in Excel or LibreOffice.", "文件采用了此处不支持的 ZIP64 格式；请在 Excel 或 LibreOffice 中重新保存。"}},
	"xlsx.zip_directory":    {nil, codeText{"The file is damaged: its table of contents is broken. Copy or download it again.", "文件已损坏：其内容目录已损坏。请重新复制或下载。"}},
	"xlsx.zip_entry":        {[]string{"part"}, codeText{"The file is damaged: part of it is missing or cut short. Copy or download it again.", "文件已损坏：其中一部分缺失或不完整。请重新复制或下载。"}},
}
