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
PROGRESS = "导入中"

# `ducha search`
SEARCH_NONE = "没有找到相关段落"
SEARCH_HIT = "{rank}. [{score:.3f}｜关键词 {lexical:.1f}{dense}] {title} › {section}\n   {text}"
SEARCH_DENSE = "｜语义 {value:.2f}"
EMPTY_QUERY = "请输入要搜索的内容"
DENSE_UNAVAILABLE = "向量模型不可用（{reason}），只用关键词检索"
BAD_EMBEDDING = "DUCHA_EMBEDDING 设置无法识别：{value}（可用 default、none、本地模型目录、openai:模型@地址）"
CHROMA_UNREACHABLE = "无法连接 Chroma 服务 {url}：{reason}"
