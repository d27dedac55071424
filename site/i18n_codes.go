package site

import "encoding/json"

// A codeText words one code of the core, or one of its enum values, in
// English and Chinese. Templates name the code's parameters in braces
// ({value}); calc.Codes lists the names each code carries.
type codeText struct{ EN, ZH string }

// codeTexts words every code the core can emit (calc.Codes): errors,
// Quality-Criteria reasons, notes and the steps of a trace. The page
// fills the placeholders from the answer's params, labelling a parameter
// named in paramEnums by enumTexts, and never reads the core's English
// message.
var codeTexts = map[string]codeText{
	"cbam.basis_default":      {"Default: all {energy} kWh at the grid factor of {factor} kg/kWh (no direct technical connection or PPA evidenced).", "默认值：全部 {energy} 千瓦时按电网排放因子 {factor} kg/kWh 计算（未证明有直接技术连接或购电协议）。"},
	"cbam.basis_grid":         {"The other {energy} kWh at the grid factor of {factor} kg/kWh.", "其余 {energy} 千瓦时按电网排放因子 {factor} kg/kWh 计算。"},
	"cbam.basis_line":         {"Actual: {energy} kWh over the direct line at the generator's {factor} kg/kWh.", "实际值：经绿电直连输送的 {energy} 千瓦时，按发电方排放率 {factor} kg/kWh 计算。"},
	"cbam.basis_ppa":          {"Actual: {energy} kWh under PPA {id} at {factor} kg/kWh.", "实际值：购电协议 {id} 下的 {energy} 千瓦时，按 {factor} kg/kWh 计算。"},
	"cbam.certificates":       {"Certificates (GEC, I-REC, GO, REC) do not lower CBAM indirect emissions: an actual factor needs a direct technical connection or a PPA.", "绿证（GEC、I-REC、GO、REC）不能降低 CBAM 间接排放：采用实际排放因子须有直接技术连接或购电协议。"},
	"cbam.covered":            {"CN {cn}: covered by CBAM Annex I entry {entry} ({sector}).", "CN {cn}：属于碳边境调节机制（CBAM）附件一第 {entry} 项（{sector}）。"},
	"cbam.defaults":           {"The CBAM default electricity factors (Implementing Regulation (EU) 2025/2621) are not in Greenline's data yet; the facility's grid factor stands in for them and must be checked against the default values before a declaration.", "Greenline 的数据中尚无 CBAM 电力缺省排放因子（实施条例 (EU) 2025/2621）；暂以设施所在电网的排放因子代替，申报前须与缺省值核对。"},
	"cbam.direct_only":        {"Annex II good: only direct emissions are counted (Regulation (EU) 2023/956, Art. 7(1)); indirect emissions are shown for information.", "附件二货物：只计直接排放（条例 (EU) 2023/956 第7条第1款）；间接排放仅供参考。"},
	"cbam.excepted":           {"CN {cn}: not covered: Annex I entry {entry} excepts {code} ({description}).", "CN {cn}：不在覆盖范围内：附件一第 {entry} 项排除了 {code}（{description}）。"},
	"cbam.not_covered":        {"CN {cn}: not covered by CBAM.", "CN {cn}：不在碳边境调节机制（CBAM）覆盖范围内。"},
	"cbam.not_good":           {"Not a CBAM good: the figures are for information.", "不属于 CBAM 货物：以下数据仅供参考。"},
	"cbam.partly_covered":     {"CN {cn}: partly covered (ex code): check the description of Annex I entry {entry} ({sector}): {description}", "CN {cn}：部分覆盖（ex 编码）：请核对附件一第 {entry} 项（{sector}）的货物描述：{description}"},
	"cbam.partly_proposed":    {"CN {cn}: not covered today; partly proposed (ex code) as entry {entry} ({sector}) by {document}: check the description: {description}", "CN {cn}：目前不在覆盖范围内；{document} 提议将其部分纳入第 {entry} 项（{sector}，ex 编码），请核对货物描述：{description}"},
	"cbam.proposed":           {"Only proposed for CBAM (COM(2025) 989, from 2028): the figures are for preparation.", "仅为拟纳入 CBAM 的货物（COM(2025) 989，2028年起）：以下数据供提前准备。"},
	"cbam.proposed_as":        {"CN {cn}: not covered today; proposed as entry {entry} ({sector}) by {document}.", "CN {cn}：目前不在覆盖范围内；{document} 提议将其纳入第 {entry} 项（{sector}）。"},
	"certificate.serials":     {"The same serials are already claimed by {other}: a certificate is claimed once.", "相同的证书编号已由 {other} 主张：一张证书只能主张一次。"},
	"certificate.vintage":     {"The vintage ends before it starts.", "证书生产期的结束早于开始。"},
	"cfe.both":                {"Give either one annual share or one share per hour.", "请填写一个年度比例，或每小时一个比例，二者择一。"},
	"cfe.hours":               {"A CFE score needs the facility's hourly load: hourly data, or bills with an operating pattern, and the reporting period.", "计算无碳电力（CFE）得分需要该设施的逐时负荷：逐时数据，或电费单加运营模式，以及报告期。"},
	"contract.hourly_sum":     {"The hourly deliveries add up to {sum} kWh, but the contract's volume is {volume} kWh.", "逐时交付电量合计 {sum} 千瓦时，与合同电量 {volume} 千瓦时不符。"},
	"contract.unshaped":       {"Hourly deliveries are given: set the shape to hourly.", "已填写逐时交付电量：请将交付方式设为“逐时”。"},
	"country.code":            {"\"{value}\": give the generator's country as a two-letter code, such as CN.", "“{value}”：请用两个字母的国家代码填写发电所在国家，例如 CN。"},
	"date.month":              {"\"{value}\" is not a month; write it as YYYY-MM, such as 2024-01.", "“{value}”不是月份；请写成“年-月”，例如 2024-01。"},
	"date.year":               {"The year {year} is outside {min}–{max}.", "年份 {year} 不在 {min}–{max} 之内。"},
	"electricity.several":     {"Give one of: an annual figure, twelve monthly figures or hourly data.", "年度用电量、12个月用电量和逐时数据只能填写其中一种。"},
	"energy.unit":             {"\"{unit}\" is not an energy unit here; choose kWh or MWh.", "“{unit}”不是此处可用的电量单位；请选择千瓦时或兆瓦时。"},
	"facility.unknown":        {"\"{id}\" is not the id of a facility.", "“{id}”不是任何设施的编号。"},
	"factor.both":             {"Give either a custom factor or a table row, not both.", "自定义因子和因子表中的一行只能选其一。"},
	"factor.chosen":           {"Chosen by the user: {table}, {key}.", "由用户选定：{table}，{key}。"},
	"factor.country":          {"\"{country}\" does not match table {table}, which is for {table_country}.", "“{country}”与因子表 {table} 不符，该表适用于 {table_country}。"},
	"factor.custom":           {"Custom factor entered by the user; source: {source}.", "用户自行填写的因子；来源：{source}。"},
	"factor.default_earliest": {"Default: no {country} table has a data year at or before {year}; the earliest, data year {data_year} ({table}), is used and describes a later year than the consumption.", "默认值：{country} 没有数据年份不晚于 {year} 年的因子表；采用最早的一张（数据年份 {data_year}，{table}），其年份晚于用电年份。"},
	"factor.default_newest":   {"Default: the newest {country} table with a data year not after the reporting year {year} (data year {data_year}, {table}, published {published}).", "默认值：{country} 数据年份不晚于报告年份 {year} 的最新因子表（数据年份 {data_year}，{table}，发布于 {published}）。"},
	"factor.fuel":             {"IPCC default; verification: {verification}.", "IPCC 缺省值；核验程度：{verification}。"},
	"factor.fuel_placeholder": {"IPCC default; verification: {verification}; placeholder: {placeholder}.", "IPCC 缺省值；核验程度：{verification}；占位说明：{placeholder}。"},
	"factor.gas_mismatch":     {"This is a {gas} rate, but the grid factor of {facility} is {grid_gas}; a figure needs factors of one gas basis.", "此排放率以 {gas} 计，而{facility}的电网因子以 {grid_gas} 计；同一结果中的因子须采用同一气体口径。"},
	"factor.gas_mixed":        {"This grid factor is {gas} while an earlier facility's is {other_gas}; a total needs factors of one gas basis.", "此电网因子以 {gas} 计，而前面的设施以 {other_gas} 计；合计值中的因子须采用同一气体口径。"},
	"factor.key_unknown":      {"\"{key}\" is not a region of table {table}.", "“{key}”不是因子表 {table} 中的地区。"},
	"factor.not_grid":         {"\"{key}\" is a {scope} factor, not the average of a grid; choose a grid region.", "“{key}”是{scope}因子，不是电网平均因子；请选择电网地区。"},
	"factor.region_unknown":   {"\"{key}\" is not a grid region with a factor for {country}.", "“{key}”不是 {country} 有排放因子的电网地区。"},
	"factor.table_unknown":    {"\"{table}\" is not a factor table Greenline knows.", "Greenline 没有名为“{table}”的因子表。"},
	"factor.unit":             {"\"{unit}\" is not a factor unit Greenline reads (kgCO2/kWh, kgCO2e/kWh, tCO2/MWh, tCO2e/MWh, gCO2/kWh, gCO2e/kWh, lb/MWh).", "Greenline 不认识因子单位“{unit}”（可用 kgCO2/kWh、kgCO2e/kWh、tCO2/MWh、tCO2e/MWh、gCO2/kWh、gCO2e/kWh、lb/MWh）。"},
	"fuel.both":               {"Give either the energy burned (GJ, with the fuel) or the emissions (tCO2e, with their source).", "请填写燃料消耗的能量（吉焦，并选择燃料）或排放量（吨二氧化碳当量，并注明来源），二者择一。"},
	"fuel.unknown":            {"\"{fuel}\" has no default factor; choose one of the listed fuels or enter the emissions.", "“{fuel}”没有缺省排放因子；请从列表中选择燃料，或直接填写排放量。"},
	"id.duplicate":            {"\"{id}\" is already the id of {other}.", "编号“{id}”已被 {other} 使用。"},
	"input.format":            {"The file's format is {format}; this version of Greenline reads format {supported}.", "文件格式版本为 {format}；此版本的 Greenline 读取第 {supported} 版。"},
	"input.json":              {"The file is not valid JSON (line {line}, column {column}).", "文件不是有效的 JSON（第 {line} 行，第 {column} 列）。"},
	"input.too_large":         {"The project is {bytes} bytes; at most {max} are accepted.", "项目文件为 {bytes} 字节，最多只接受 {max} 字节。"},
	"input.trailing":          {"There is data after the project.", "项目数据之后还有多余内容。"},
	"input.type":              {"The value has the wrong type: expected {expected}, found {found}.", "数值类型不对：应为 {expected}，实为 {found}。"},
	"input.unknown_field":     {"\"{name}\" is not a field Greenline reads here.", "Greenline 在此处不读取字段“{name}”。"},
	"input.unreadable":        {"The project cannot be read.", "无法读取该项目文件。"},
	"internal":                {"Greenline hit a defect; please report it with your input.", "Greenline 出现了程序错误，请连同您的输入一起报告。"},
	"list.hours":              {"There are {count} shares; the period has {hours} hours.", "共填写了 {count} 个比例，而报告期有 {hours} 个小时。"},
	"list.months":             {"There are {count} values; give all 12 months.", "共填写了 {count} 个数值；请填写全部 12 个月。"},
	"list.too_long":           {"There are {count}; at most {max} are accepted.", "共 {count} 项，最多只接受 {max} 项。"},
	"meter.date_alone":        {"\"{value}\" is not a date alone; this column holds the dates, as 2024-01-31, and column {time_column} the times of day.", "“{value}”不只是日期；此列应为日期（如 2024-01-31），第 {time_column} 列为时刻。"},
	"meter.duplicate":         {"This row repeats the interval starting {time} of row {other_row}; remove one of them.", "此行与第 {other_row} 行重复（起始时间 {time}）；请删除其中一行。"},
	"meter.empty":             {"The file is empty.", "文件是空的。"},
	"meter.encoding":          {"The header is not UTF-8 text (perhaps GBK, as Excel saves plain CSV in Chinese); save the file as CSV UTF-8.", "表头不是 UTF-8 文本（可能是 Excel 保存中文 CSV 时使用的 GBK 编码）；请另存为“CSV UTF-8”。"},
	"meter.fields":            {"The row has {fields} fields; the header has {header_fields}.", "此行有 {fields} 个字段，而表头有 {header_fields} 个。"},
	"meter.first_hour":        {"The first interval starts at {start}, so the hour from {hour} is incomplete; begin the data at the top of an hour.", "第一个时段从 {start} 开始，{hour} 起的这一小时不完整；请从整点开始提供数据。"},
	"meter.gap":               {"No data for the interval starting {from} (between row {previous_row} and this row); a gap is never filled in: add the missing row.", "缺少 {from} 开始的时段数据（第 {previous_row} 行与此行之间）；缺失数据不会被自动补齐，请补上该行。"},
	"meter.gaps":              {"No data for the {count} intervals from {from} to {to} (between row {previous_row} and this row); a gap is never filled in: add the missing rows.", "缺少 {from} 至 {to} 的 {count} 个时段数据（第 {previous_row} 行与此行之间）；缺失数据不会被自动补齐，请补上这些行。"},
	"meter.header_empty":      {"Row 1 is empty; the first row must be the header, naming the time and energy columns.", "第1行是空的；第一行必须是表头，注明时间列和电量列。"},
	"meter.header_end":        {"Column {column} \"{header}\" holds the end of each interval; Greenline needs a column of interval starts, such as \"Start\" or \"开始时间\".", "第 {column} 列“{header}”是各时段的结束时间；Greenline 需要时段开始时间列，例如“开始时间”或“Start”。"},
	"meter.header_energies":   {"Both column {first_column} \"{first}\" and column {second_column} \"{second}\" look like energy columns; keep one.", "第 {first_column} 列“{first}”和第 {second_column} 列“{second}”看起来都是电量列；请只保留一列。"},
	"meter.header_meters":     {"Both column {first_column} \"{first}\" and column {second_column} \"{second}\" look like the meter of each row; keep one.", "第 {first_column} 列“{first}”和第 {second_column} 列“{second}”看起来都是表号列；请只保留一列。"},
	"meter.header_no_energy":  {"There is no energy column in the header {header}; name it \"电量(kWh)\", \"用电量（千瓦时）\" or \"Energy (kWh)\".", "表头 {header} 中没有电量列；请将其命名为“电量(kWh)”“用电量（千瓦时）”或“Energy (kWh)”。"},
	"meter.header_no_time":    {"There is no column of dates and times in the header {header}; name it \"时间\", \"开始时间\", \"Timestamp\" or \"Start\".", "表头 {header} 中没有日期时间列；请将其命名为“时间”“开始时间”“Timestamp”或“Start”。"},
	"meter.header_one_column": {"The header has one column; it must name a time column and an energy column, separated by commas, semicolons or tabs.", "表头只有一列；表头须包含时间列和电量列，以逗号、分号或制表符分隔。"},
	"meter.header_times":      {"Both column {first_column} \"{first}\" and column {second_column} \"{second}\" look like the time each interval starts; keep one.", "第 {first_column} 列“{first}”和第 {second_column} 列“{second}”看起来都是时段开始时间；请只保留一列。"},
	"meter.header_too_long":   {"The header is longer than {max_bytes} bytes; this is not a meter data file, or its lines do not end in LF or CRLF.", "表头超过 {max_bytes} 字节；这不是电表数据文件，或其换行符不是 LF 或 CRLF。"},
	"meter.id_encoding":       {"The meter \"{id}\" is not UTF-8 text; save the file as CSV UTF-8.", "表号“{id}”不是 UTF-8 文本；请另存为“CSV UTF-8”。"},
	"meter.id_missing":        {"The meter is not named; in a file with a meter column (\"{header}\") every row names its meter.", "此行未填写表号；文件有表号列（“{header}”）时，每一行都须填写表号。"},
	"meter.id_too_long":       {"The meter \"{id}\" is {bytes} bytes long; a meter's id has at most {max_bytes}.", "表号“{id}”长 {bytes} 字节，最多 {max_bytes} 字节。"},
	"meter.last_hour":         {"The last interval starts at {start} and ends at {end}, so its hour is incomplete; end the data at the end of an hour.", "最后一个时段从 {start} 到 {end}，这一小时不完整；请在整点结束数据。"},
	"meter.line_too_long":     {"The row is longer than {max_bytes} bytes, the most a row may have.", "此行超过 {max_bytes} 字节，超出单行上限。"},
	"meter.meters":            {"The meter \"{id}\" would be meter number {count} of the file; a file holds at most {max} meters; split it.", "表号“{id}”是文件中的第 {count} 块电表；一个文件最多 {max} 块电表，请拆分文件。"},
	"meter.mixed":             {"This row starts {minutes} minutes after row {previous_row}, but the intervals of this file are {step} minutes long; intervals of different lengths are not accepted.", "此行比第 {previous_row} 行晚 {minutes} 分钟，而本文件的时段长度为 {step} 分钟；不接受不同长度的时段。"},
	"meter.mixed_meters":      {"This row starts {minutes} minutes after row {previous_row}, so this meter's intervals are {step} minutes long, but those of meter \"{other}\" are {other_step} minutes (rows {other_first_row} and {other_second_row}); all meters of a file must have intervals of one length.", "此行比第 {previous_row} 行晚 {minutes} 分钟，即此电表的时段为 {step} 分钟，而电表“{other}”的时段为 {other_step} 分钟（第 {other_first_row} 行和第 {other_second_row} 行）；同一文件中所有电表的时段长度须相同。"},
	"meter.no_rows":           {"The file has a header but no data rows.", "文件只有表头，没有数据行。"},
	"meter.off_grid":          {"This interval starts at {time}; intervals of {step} minutes start on the step, so this one would overlap its neighbours.", "此时段从 {time} 开始；{step} 分钟的时段须从整步长开始，否则会与相邻时段重叠。"},
	"meter.one_row":           {"This is the only data row; at least two are needed to tell the interval length.", "只有一行数据；至少需要两行才能判断时段长度。"},
	"meter.order":             {"This row starts at {time}, before row {previous_row} ({previous_time}); rows must be in time order.", "此行时间 {time} 早于第 {previous_row} 行（{previous_time}）；各行须按时间顺序排列。"},
	"meter.quote_open":        {"A quoted field is not closed on its line.", "引号内的字段在本行内没有闭合。"},
	"meter.quote_text":        {"There is text after the closing quote of a quoted field.", "引号字段的右引号之后还有文字。"},
	"meter.seconds":           {"This interval starts at {time} and some seconds; intervals of {step} minutes start on whole minutes, so this one would overlap its neighbours.", "此时段从 {time} 零若干秒开始；{step} 分钟的时段须从整分钟开始，否则会与相邻时段重叠。"},
	"meter.several":           {"The file holds {meters} meters (column {column} names them); read one meter at a time.", "文件中有 {meters} 块电表（第 {column} 列为表号）；请每次导入一块电表。"},
	"meter.step":              {"This row starts {minutes} minutes after row {previous_row}; the interval length must be 15, 30 or 60 minutes.", "此行比第 {previous_row} 行晚 {minutes} 分钟；时段长度须为 15、30 或 60 分钟。"},
	"meter.time":              {"\"{value}\" is not a date and time; write it as 2024-01-31 00:15.", "“{value}”不是日期时间；请写成 2024-01-31 00:15 的形式。"},
	"meter.time_24":           {"\"{value}\" has the hour 24; each row gives the start of its interval, so write 00:00 of the next day.", "“{value}”中的小时为 24；每行填写的是时段开始时间，请写成次日 00:00。"},
	"meter.time_day":          {"\"{value}\" is not a date: {year} has no day {day} in month {month}.", "“{value}”不是有效日期：{year}年{month}月没有{day}日。"},
	"meter.time_no_clock":     {"\"{value}\" has no time of day; each row gives the date and time its 15-, 30- or 60-minute interval starts.", "“{value}”没有时刻；每行须填写其 15、30 或 60 分钟时段开始的日期和时间。"},
	"meter.time_offset":       {"\"{value}\" is not a date and time; write it as 2024-01-31 00:15, with an offset such as +08:00 if any.", "“{value}”不是日期时间；请写成 2024-01-31 00:15，如有时区请写成 +08:00 的形式。"},
	"meter.time_year":         {"\"{value}\" has the year {year}; years from {min_year} are read.", "“{value}”的年份为 {year}；只读取 {min_year} 年及以后的数据。"},
	"meter.too_big":           {"The file has more than {max_bytes} bytes ({max_mib} MiB), the most read at once; split it by meter or by period.", "文件超过 {max_bytes} 字节（{max_mib} MiB），超出一次可读取的上限；请按电表或时间段拆分。"},
	"meter.too_many_rows":     {"The file has more than {max_rows} rows after the header, the most read at once; split it.", "表头之后超过 {max_rows} 行，超出一次可读取的上限；请拆分文件。"},
	"meter.unit_conflict":     {"The header \"{header}\" says {header_unit} but {unit} was chosen; correct one of them.", "表头“{header}”注明的单位是 {header_unit}，而所选单位是 {unit}；请更正其中之一。"},
	"meter.unit_missing":      {"The energy column \"{header}\" does not say its unit; name it as \"电量(kWh)\" or choose the unit.", "电量列“{header}”没有注明单位；请将其命名为“电量(kWh)”之类，或选择单位。"},
	"meter.unit_unknown":      {"The unit \"{unit}\" is not one Greenline reads; choose kWh, MWh or Wh.", "Greenline 不认识单位“{unit}”；请选择千瓦时、兆瓦时或瓦时。"},
	"meter.utf16":             {"The file is UTF-16 text; save it as CSV UTF-8.", "文件是 UTF-16 编码；请另存为“CSV UTF-8”。"},
	"more":                    {"And {count} more.", "另有 {count} 个问题未列出。"},
	"number.decimal_comma":    {"\"{value}\" is not a number: in a file delimited by semicolons or tabs, commas are not accepted in numbers.", "“{value}”不是数字：在以分号或制表符分隔的文件中，数字里不能有逗号。"},
	"number.exponent":         {"\"{value}\" is not a number: exponents are not accepted.", "“{value}”不是数字：不接受科学计数法。"},
	"number.grouping":         {"\"{value}\" is not a number: commas must group the whole part in threes, as in 1,200,000.5.", "“{value}”不是数字：逗号须每三位分隔整数部分，例如 1,200,000.5。"},
	"number.negative":         {"{value} must not be negative.", "{value} 不能为负数。"},
	"number.places":           {"{value} has more than {places} decimal places.", "{value} 的小数位超过 {places} 位。"},
	"number.precision":        {"{value} has more decimal places than one watt-hour ({unit} takes at most {places}).", "{value} 的精度超过1瓦时（{unit} 最多 {places} 位小数）。"},
	"number.range":            {"{value} is outside {min} to {max}.", "{value} 不在 {min} 至 {max} 之间。"},
	"number.syntax":           {"\"{value}\" is not a number; write plain digits, such as 1200000 or 1200.5.", "“{value}”不是数字；请只填数字，例如 1200000 或 1200.5。"},
	"number.too_large":        {"{value} is above {max} {unit}; check the unit.", "{value} 超过 {max} {unit}；请检查单位。"},
	"number.too_long":         {"The number is {length} characters long; a number here has at most {max}.", "数字长 {length} 个字符，此处最多 {max} 个字符。"},
	"period.for_default":      {"Give the reporting period, so that the default factor for {country} can be chosen.", "请填写报告期，以便选择 {country} 的默认排放因子。"},
	"period.for_hourly":       {"Give the reporting period that the hourly data covers.", "请填写逐时数据所覆盖的报告期。"},
	"period.for_ppa":          {"Give the reporting period over which the PPA is shaped.", "请填写报告期，购电协议按其分摊交付电量。"},
	"period.for_profile":      {"Give the reporting period, over which the hourly load is synthesized.", "请填写报告期，以便合成逐时负荷。"},
	"period.for_supply":       {"Give the reporting period: a shared supply is computed hour by hour over it.", "请填写报告期：共享电源要在报告期内逐小时计算。"},
	"product.cbam_tonnes":     {"A CBAM good needs its activity level: the tonnes produced, more than 0.", "CBAM 货物须填写活动水平：产量（吨），且大于 0。"},
	"product.cn":              {"\"{value}\" is not a CN code: write its 8 digits, spaces allowed (\"8544 49 93\").", "“{value}”不是 CN 编码：请填写 8 位数字，可含空格（如“8544 49 93”）。"},
	"product.no_output":       {"The product lines of {facility} have no output to share emissions by.", "{facility}的各产品线没有可用于分摊排放的产出量。"},
	"profile.no_sun":          {"The sun does not rise above the horizon at the middle of any hour of {month} at this latitude; its yield must be 0.", "在此纬度，{month}任何一小时的中点太阳都不在地平线以上；该月等效利用小时数须为 0。"},
	"profile.no_sun_period":   {"The sun never rises above the horizon at the middle of an hour in this period at this latitude.", "在此纬度，报告期内任何一小时的中点太阳都不在地平线以上。"},
	"profile.no_workday":      {"{month} has a bill but no working day, and the pattern has no base load to carry it; set a base load or check the working days.", "{month}有电费，但没有工作日，运营模式也没有基础负荷来承载这部分电量；请设置基础负荷或检查工作日。"},
	"profile.with_hourly":     {"Hourly data is given: an operating pattern is only for bills.", "已填写逐时数据：运营模式只用于电费单。"},
	"qc.evidence":             {"Contract evidence: {evidence}.", "合同凭证：{evidence}。"},
	"qc.gec":                  {"China's GEC, the sole proof of renewable attributes there (发改能源〔2023〕1044号).", "中国绿证，是国内可再生能源电量环境属性的唯一证明（发改能源〔2023〕1044号）。"},
	"qc.grid_average":         {"No residual mix for {country} in Greenline's tables; the grid-average factor is used instead, as the Scope 2 Guidance allows with disclosure.", "Greenline 的因子表中没有 {country} 的余量电力排放因子；按《范围二指南》允许的做法，改用电网平均因子并予以披露。"},
	"qc.line":                 {"Energy delivered over the direct line, allocated hour by hour; zero operational emissions for renewable generation.", "经绿电直连输送、逐小时分配的电量；可再生能源发电的运行排放为零。"},
	"qc.line_rate":            {"Energy delivered over the direct line, allocated hour by hour, at the generator's rate of {rate} kg/kWh.", "经绿电直连输送、逐小时分配的电量，按发电方排放率 {rate} kg/kWh 计算。"},
	"qc.market":               {"Same market as the consumption ({market}).", "与用电属于同一市场（{market}）。"},
	"qc.no_evidence":          {"No contract reference to evidence the purchase.", "没有可证明购电的合同编号。"},
	"qc.no_period":            {"Vintage: no reporting period is given to compare it with.", "生产期：未填写报告期，无法比较。"},
	"qc.not_gec":              {"In China the GEC is the sole proof of the environmental attributes of renewable electricity (发改能源〔2023〕1044号); a {scheme} does not count.", "在中国，绿证是可再生能源电量环境属性的唯一证明（发改能源〔2023〕1044号）；{scheme} 不予计入。"},
	"qc.not_retired":          {"Retired for \"{retired_for}\", but the reporting company is \"{organisation}\".", "核销对象为“{retired_for}”，而报告主体是“{organisation}”。"},
	"qc.other_market":         {"Generated in \"{generated}\", consumed in \"{market}\": not the same market.", "发电在“{generated}”，用电在“{market}”：不属于同一市场。"},
	"qc.rate":                 {"Generator rate {value} {unit}; source: {source}.", "发电方排放率 {value} {unit}；来源：{source}。"},
	"qc.rate_zero":            {"Generator rate 0: {technology} has no operational CO2 emissions.", "发电方排放率为 0：{technology}没有运行阶段的二氧化碳排放。"},
	"qc.residual":             {"Residual mix: {name} {value} {unit} ({table}). {citation}", "余量电力排放因子：{name_zh} {value} {unit}（{table}）。{citation}"},
	"qc.retired":              {"Retired for the reporter ({organisation}).", "已为报告主体（{organisation}）核销。"},
	"qc.sole":                 {"Sole claim: claimed once in this project, for one facility.", "唯一主张：在本项目中只主张一次，只用于一个设施。"},
	"qc.supplier":             {"Supplier-specific rate; source: {source}.", "售电公司披露的排放因子；来源：{source}。"},
	"qc.vintage":              {"Vintage {from} to {to} overlaps the reporting period {period_from} to {period_to}.", "生产期 {from} 至 {to} 与报告期 {period_from} 至 {period_to} 重叠。"},
	"qc.vintage_out":          {"Vintage {from} to {to} is outside the reporting period {period_from} to {period_to}.", "生产期 {from} 至 {to} 不在报告期 {period_from} 至 {period_to} 之内。"},
	"required":                {"Required.", "此项必填。"},
	"series.count":            {"There are {count} readings; the reporting period of {hours} hours needs {want} readings of {step} minutes.", "共有 {count} 个读数；报告期 {hours} 小时需要 {want} 个 {step} 分钟读数。"},
	"series.step":             {"The interval is {step} minutes; interval data must be in steps of 60, 30 or 15 minutes.", "时段长度为 {step} 分钟；计量数据的时段须为 60、30 或 15 分钟。"},
	"site.latitude":           {"\"{value}\" is not a latitude in decimal degrees, such as 31.3 (south negative).", "“{value}”不是以十进制度表示的纬度，例如 31.3（南纬为负）。"},
	"site.longitude":          {"\"{value}\" is not a longitude in decimal degrees, such as 120.6 (west negative).", "“{value}”不是以十进制度表示的经度，例如 120.6（西经为负）。"},
	"step.allocation":         {"Hourly allocation of the generation of {supply}: {rule}.", "{supply}发电量的逐时分配（{rule}）。"},
	"step.cbam_direct":        {"Direct emissions attributed to {product}.", "分摊到{product}的直接排放。"},
	"step.cbam_indirect":      {"Indirect emissions attributed to {product}.", "分摊到{product}的间接排放。"},
	"step.covered":            {"Covered by {kind} {id}.", "由{kind} {id} 覆盖。"},
	"step.covered_by":         {"Covered by {kind}.", "由{kind}覆盖。"},
	"step.energy":             {"Electricity consumed by {facility}.", "{facility}的用电量。"},
	"step.entered":            {"Scope 1 of {facility} entered directly; source: {source}.", "直接填写的{facility}范围一排放；来源：{source}。"},
	"step.factor":             {"Grid emission factor.", "电网排放因子。"},
	"step.fuel":               {"Scope 1 of {facility} from {fuel}.", "{facility}燃烧{fuel}产生的范围一排放。"},
	"step.location":           {"Location-based Scope 2 of {facility}.", "{facility}基于位置的范围二排放。"},
	"step.location_total":     {"Location-based Scope 2 of the organisation.", "企业基于位置的范围二排放。"},
	"step.market":             {"Market-based Scope 2 of {facility}.", "{facility}基于市场的范围二排放。"},
	"step.market_total":       {"Market-based Scope 2 of the organisation.", "企业基于市场的范围二排放。"},
	"step.precursors":         {"Precursors of {product}.", "{product}的前体物料排放。"},
	"step.scope1_total":       {"Scope 1 of the organisation.", "企业的范围一排放。"},
	"step.see":                {"Specific embedded emissions of {product} counted: direct and indirect.", "{product}计入的单位隐含排放：直接加间接。"},
	"step.see_direct":         {"Specific embedded emissions of {product}, direct.", "{product}的单位隐含排放（直接）。"},
	"step.see_direct_only":    {"Specific embedded emissions of {product} counted: direct only (Annex II good).", "{product}计入的单位隐含排放：只计直接排放（附件二货物）。"},
	"step.see_indirect":       {"Specific embedded emissions of {product}, indirect.", "{product}的单位隐含排放（间接）。"},
	"step.share":              {"Share of {product} in {facility} by {allocation}.", "{product}按{allocation}在{facility}中所占的份额。"},
	"step.share_of":           {"Share of {product} in the {figure} of {facility}.", "{product}分得的{facility}{figure}。"},
	"supply.generation":       {"Give the hourly generation, or a solar profile to synthesize it, not both.", "请填写逐时发电量，或填写光伏参数进行模拟，二者择一。"},
	"supply.priority_rule":    {"A priority applies only to the priority rule; this supply's rule is {rule}.", "优先顺序只适用于“按优先顺序分配”；此电源的分配规则为{rule}。"},
	"supply.priority_twice":   {"{priority} is also the priority of {other}; priorities must differ.", "{other}的优先顺序也是 {priority}；各用户的优先顺序须互不相同。"},
	"supply.reoffer":          {"Only fixed shares can be re-offered.", "只有按固定比例分配时才能再分配剩余电量。"},
	"supply.share_rule":       {"A share applies only to the fixed-shares rule; this supply's rule is {rule}.", "份额只适用于“按约定固定比例分配”；此电源的分配规则为{rule}。"},
	"supply.shares_sum":       {"The shares add up to {sum}, more than 1.", "各份额合计为 {sum}，超过 1。"},
	"supply.taken":            {"{facility} already draws from supply \"{supply}\"; a facility draws from one supply.", "{facility}已从电源“{supply}”取电；一个设施只能从一个电源取电。"},
	"supply.user_hours":       {"{facility} needs hourly electricity data, or bills with an operating pattern, to share a supply hour by hour.", "{facility}需要逐时用电数据，或电费单加运营模式，才能逐小时分享电源。"},
	"text.encoding":           {"The text is not valid UTF-8.", "文字不是有效的 UTF-8 文本。"},
	"text.too_long":           {"The text is {length} characters long; at most {max} are accepted.", "文字长 {length} 个字符，最多 {max} 个字符。"},
	"value.unknown":           {"\"{value}\" is not one of the choices.", "“{value}”不是可选的值。"},
}

// enumTexts labels every machine id the core's answers carry as a value
// (calc.Enums), by kind.
var enumTexts = map[string]map[string]codeText{
	"quantity": {
		"E":                    {"E (electricity)", "E（用电量）"},
		"EF":                   {"EF (emission factor)", "EF（排放因子）"},
		"G":                    {"G (generation)", "G（发电量）"},
		"Σ load":               {"Σ load", "负荷合计"},
		"Σ allocated":          {"Σ allocated", "分配电量合计"},
		"factor":               {"factor", "排放因子"},
		"energy":               {"energy", "能量"},
		"key":                  {"allocation key", "分摊依据"},
		"Σ keys":               {"Σ allocation keys", "分摊依据合计"},
		"annual":               {"annual", "全年"},
		"direct":               {"direct", "直接排放"},
		"indirect":             {"indirect", "间接排放"},
		"precursors":           {"precursors", "前体物料"},
		"precursors, direct":   {"precursors, direct", "前体物料（直接）"},
		"precursors, indirect": {"precursors, indirect", "前体物料（间接）"},
		"activity level":       {"activity level", "活动水平"},
		"SEE direct":           {"SEE, direct", "单位隐含排放（直接）"},
		"SEE indirect":         {"SEE, indirect", "单位隐含排放（间接）"},
		"SEE":                  {"SEE", "单位隐含排放"},
		"month 1":              {"January", "1月"},
		"month 2":              {"February", "2月"},
		"month 3":              {"March", "3月"},
		"month 4":              {"April", "4月"},
		"month 5":              {"May", "5月"},
		"month 6":              {"June", "6月"},
		"month 7":              {"July", "7月"},
		"month 8":              {"August", "8月"},
		"month 9":              {"September", "9月"},
		"month 10":             {"October", "10月"},
		"month 11":             {"November", "11月"},
		"month 12":             {"December", "12月"},
	},
	"verification": {
		"primary-verified":    {"checked against the primary source", "已与原始文件核对"},
		"two-secondary-agree": {"two secondary sources agree", "两个二手来源一致"},
		"single-secondary":    {"one secondary source, not verified", "仅有一个二手来源，未核实"},
		"custom":              {"entered by the user", "用户自行填写"},
	},
	"instrument": {
		"certificate":  {"energy attribute certificate", "绿证（能源属性证书）"},
		"direct-line":  {"direct line", "绿电直连"},
		"ppa":          {"power purchase agreement (PPA)", "购电协议（PPA）"},
		"supplier":     {"supplier-specific rate", "售电公司披露的排放因子"},
		"residual-mix": {"residual mix", "余量电力排放因子"},
		"grid-average": {"grid average (no residual mix)", "电网平均排放因子（无余量电力排放因子）"},
	},
	"technology": {
		"solar":   {"solar", "光伏"},
		"wind":    {"wind", "风电"},
		"hydro":   {"hydro", "水电"},
		"biomass": {"biomass", "生物质发电"},
		"mixed":   {"mixed", "混合电源"},
	},
	"supply_kind": {
		"direct-line": {"direct line", "绿电直连"},
		"microgrid":   {"microgrid", "微电网"},
	},
	"rule": {
		"pro-rata":     {"pro rata to each hour's load", "按每小时负荷比例分配"},
		"fixed-shares": {"fixed contracted shares", "按约定固定比例分配"},
		"priority":     {"priority order", "按优先顺序分配"},
	},
	"surplus": {
		"exported":  {"exported to the grid", "上网"},
		"curtailed": {"curtailed", "弃电"},
	},
	"key": {
		"mass":          {"mass", "产量（质量）"},
		"units":         {"units", "件数"},
		"machine-hours": {"machine hours", "机时"},
	},
	"shape": {
		"annual": {"annual volume", "全年总量"},
		"flat":   {"flat over every hour", "每小时平均交付"},
		"hourly": {"hour by hour", "逐时交付"},
	},
	"days": {
		"mon-fri":   {"Monday to Friday", "周一至周五"},
		"mon-sat":   {"Monday to Saturday", "周一至周六"},
		"every-day": {"every day", "每天"},
	},
	"scheme": {
		"GEC":   {"GEC (China)", "绿证（GEC）"},
		"I-REC": {"I-REC", "I-REC"},
		"GO":    {"GO (EU guarantee of origin)", "GO（欧盟来源担保）"},
		"REC":   {"REC (US)", "REC（美国）"},
	},
	"flag": {
		"custom-factor": {"custom factor", "自定义因子"},
		"estimate":      {"estimate", "估算"},
		"entered":       {"entered", "填写值"},
	},
	"status": {
		"met":       {"met", "符合"},
		"failed":    {"not met", "不符合"},
		"disclosed": {"disclosed", "已披露"},
	},
	"figure": {
		"scope1":         {"Scope 1", "范围一排放"},
		"location_based": {"location-based Scope 2", "基于位置的范围二排放"},
		"market_based":   {"market-based Scope 2", "基于市场的范围二排放"},
	},
	"metric": {
		"self_consumed_share_of_available_generation": {"self-consumed share of the available generation", "自发自用电量占总可用发电量的比例"},
		"self_consumed_share_of_total_consumption":    {"self-consumed share of the total consumption", "自发自用电量占总用电量的比例"},
		"grid_export_share_of_available_generation":   {"grid export share of the available generation", "上网电量占总可用发电量的比例"},
	},
	"coverage": {
		"covered":         {"covered", "在覆盖范围内"},
		"partly-covered":  {"partly covered", "部分覆盖"},
		"proposed":        {"proposed", "拟纳入"},
		"partly-proposed": {"partly proposed", "拟部分纳入"},
		"not-covered":     {"not covered", "不在覆盖范围内"},
	},
	"sector": {
		"aluminium":               {"aluminium", "铝"},
		"cement":                  {"cement", "水泥"},
		"electricity":             {"electricity", "电力"},
		"fertilisers":             {"fertilisers", "化肥"},
		"hydrogen":                {"hydrogen", "氢"},
		"iron-steel":              {"iron and steel", "钢铁"},
		"combined-metal-products": {"combined metal products", "复合金属制品"},
	},
	"scope": {
		"grid-average":              {"grid-average", "电网平均"},
		"residual-like":             {"residual-mix-like", "类似余量电力"},
		"fossil-only":               {"fossil-only", "仅化石能源发电"},
		"footprint":                 {"life-cycle footprint", "全生命周期碳足迹"},
		"generation-type":           {"generation-type", "按发电类型"},
		"transmission-distribution": {"transmission and distribution", "输配电"},
	},
	"json": {
		"string":  {"text", "文字"},
		"number":  {"number", "数字"},
		"boolean": {"true or false", "是或否"},
		"array":   {"list", "列表"},
		"object":  {"object", "对象"},
	},
}

// paramEnums names the enum kind of the parameters whose values are
// machine ids: the page shows their label, not the id.
var paramEnums = map[string]string{
	"kind":       "instrument",
	"rule":       "rule",
	"technology": "technology",
	"figure":     "figure",
	"allocation": "key",
	"scope":      "scope",
	"sector":     "sector",
	"expected":   "json",
	"found":      "json",
	"scheme":     "scheme",
}

// CodeTextsJSON returns the wording of every code and enum value in lang
// ("en" or "zh"; anything else gives English) as JSON, for the page:
//
//	{"codes": {"number.negative": "{value} must not be negative.", …},
//	 "enums": {"technology": {"solar": "solar", …}, …},
//	 "param_enums": {"kind": "instrument", …}}
//
// Keys are sorted, so the bytes are the same on every build.
func CodeTextsJSON(lang string) []byte {
	pick := func(t codeText) string {
		if lang == "zh" {
			return t.ZH
		}
		return t.EN
	}
	codes := make(map[string]string, len(codeTexts))
	for k, t := range codeTexts {
		codes[k] = pick(t)
	}
	enums := make(map[string]map[string]string, len(enumTexts))
	for kind, vals := range enumTexts {
		m := make(map[string]string, len(vals))
		for v, t := range vals {
			m[v] = pick(t)
		}
		enums[kind] = m
	}
	b, err := json.Marshal(struct {
		Codes      map[string]string            `json:"codes"`
		Enums      map[string]map[string]string `json:"enums"`
		ParamEnums map[string]string            `json:"param_enums"`
	}{codes, enums, paramEnums})
	if err != nil {
		panic("site: CodeTextsJSON: " + err.Error()) // maps of strings always encode
	}
	return b
}
