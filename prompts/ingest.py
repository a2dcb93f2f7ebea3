"""Every user-visible text of ingestion and search (`ducha ingest`, `ducha search`)."""

# Loader errors: one line each, saying what was wrong and what to do.
UNSUPPORTED = "不支持的文件类型 {ext}：请提供 .txt、.pdf、.docx（责任分工方案也可用 .xlsx/.csv）"
UNREADABLE = "无法读取文件：{reason}"
EMPTY = "文件为空或几乎没有文字"
BINARY = "文件不是文本：请另存为 UTF-8 或 GBK 编码的 .txt"
BAD_ENCODING = "无法识别文件编码：请另存为 UTF-8 或 GBK 编码的 .txt"
BAD_PDF = "PDF 文件已损坏或无法解析"
NO_TEXT_LAYER = "没有文本层，请先做 OCR"
ENCRYPTED_PDF = "PDF 设有打开密码：请去掉密码后再导入"
BAD_DOCX = "DOCX 文件已损坏或无法解析"
BAD_XLSX = "XLSX 文件已损坏或无法解析"
NOT_FOUND = "找不到文件或文件夹：{path}"
NO_FILES = "文件夹里没有可导入的文件：{path}"
TABLE_NOT_PLAN = "表格文件不是责任分工方案（未找到“牵头单位”等列）"
WAIT_LOCK = "另一个 ducha ingest（进程 {pid}）正在导入同一个数据目录，等它完成后再继续……"
INTERNAL = "导入失败（已记入日志，原有索引未改动）：{reason}"

# Names of metadata fields, for "could not read" notes.
FIELD_NAMES = {
    "region": "地区",
    "year": "年份",
    "delivered": "日期",
    "title": "标题",
}
MISSING_NOTE = "未能从正文读出：{fields}"
SUPERSEDES = "  取代旧版本：{files}（同一地区、同一年份的报告，今后按新版本回答）"

# Summary lines of `ducha ingest`.
STATUS = {"ingested": "已导入", "unchanged": "未变化", "error": "失败"}
KIND = {"report": "报告", "plan": "分工方案"}
LINE_REPORT = "{status}  {file}  {kind}｜{region}｜{year}｜{title}｜{chunks} 段"
LINE_PLAN = "{status}  {file}  {kind}｜{region}｜{year}｜{title}｜{tasks} 项任务"
LINE_ERROR = "失败  {file}  {error}"
TOTAL = "共 {n} 个文件：导入 {ingested}，未变化 {unchanged}，失败 {failed}"
UNKNOWN = "未知"
NOTE_LINE = "    注意：{note}"
# Plans: what the summary tells about a plan's region, year and life.
REGION_UNKNOWN = "方案未写明地区（从单位名称看是{level}方案），地区记为未知，不从任务里的地名推断；可用 ducha ingest 文件 --region 地区名 指定"
LEVEL_NAMES = {"省": "省级", "自治区": "省级", "市": "市级", "州": "州级", "县": "县级", "区": "区级"}
LEVEL_UNKNOWN = "未知层级的"
YEAR_ASSUMED = "方案未写明年份，暂按导入当年（{year}年）计算完成时限；可用 --year 年份 指定"
PAST_YEAR = "方案年份（{year}年）已过：其未完成任务将按逾期开始每日提醒；如不再督办，请运行 ducha plan close {id}"
PROGRESS = "导入中"

# `ducha search`
SEARCH_NONE = "没有找到相关段落"
SEARCH_HIT = "{rank}. [{score:.3f}｜关键词 {lexical:.1f}{dense}] {title} › {section}\n   {text}"
SEARCH_DENSE = "｜语义 {value:.2f}"
EMPTY_QUERY = "请输入要搜索的内容"
DENSE_UNAVAILABLE = "向量模型不可用（{reason}），只用关键词检索"
BAD_EMBEDDING = "DUCHA_EMBEDDING 设置无法识别：{value}（可用 default、none、本地模型目录、openai:模型@地址）"
CHROMA_UNREACHABLE = "无法连接 Chroma 服务 {url}：{reason}"
# Two-phase ingest (retrieval/dense_phase.py)
DENSE_PROGRESS = "计算语义向量"
DENSE_DONE = "语义向量已完成：{docs} 个文件，{chunks} 段"
DENSE_LATER = "已可按关键词检索；语义向量稍后计算（ducha embed，或 ducha run 启动后在后台计算）"
DENSE_FAILED = "语义向量未完成（{reason}）：已可按关键词检索，稍后运行 ducha embed 续算"
DENSE_NOTHING = "没有待计算语义向量的文件"
DENSE_OFF = "语义向量已关闭（DUCHA_EMBEDDING=none），只用关键词检索"
