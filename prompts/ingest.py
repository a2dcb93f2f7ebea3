"""Every user-visible text of ingestion and search (`ducha ingest`, `ducha search`)."""

# Loader errors: one line each, saying what was wrong and what to do.
UNSUPPORTED = "不支持的文件类型 {ext}：请提供 .txt、.pdf、.docx 或从政府网站保存的 .html 网页（责任分工方案也可用 .xlsx/.csv）"
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
# Same region and year, but not a version of it (retrieval/versions.py): both kept.
SAME_PLACE = "地区「{short}」与「{full}」是同一地方，按「{full}」记"
NOT_A_VERSION = "同一地区、同一年份已有报告 {file}，但两份内容大部分不同（字面相同约{share}%），不当作它的修订稿，两份都保留、都用来回答"

# Summary lines of `ducha ingest`.
STATUS = {"ingested": "已导入", "unchanged": "未变化", "error": "失败"}
KIND = {"report": "报告", "plan": "分工方案"}
LINE_REPORT = "{status}  {file}  {kind}｜{region}｜{year}｜{title}｜{chunks} 段"
LINE_PLAN = "{status}  {file}  {kind}｜{region}｜{year}｜{title}｜{tasks} 项任务"
LINE_ERROR = "失败  {file}  {error}"
TOTAL = "共 {n} 个文件：导入 {ingested}，未变化 {unchanged}，失败 {failed}"
UNKNOWN = "未知"
NOTE_LINE = "    注意：{note}"
# Under a plan whose stated count differs from the tasks read (the plan is stored all the same).
COUNT_WARNING_LINE = "    核对：{warning}，可能有任务漏读或多读，请对照原文检查（方案已导入）"
# Plans: what the summary tells about a plan's region, year and life.
REGION_UNKNOWN = "方案未写明地区（从单位名称看是{level}方案），地区记为未知，不从任务里的地名推断；可用 ducha ingest 文件 --region 地区名 指定"
LEVEL_NAMES = {"省": "省级", "自治区": "省级", "市": "市级", "州": "州级", "县": "县级", "区": "区级", "镇": "乡镇级",
               "乡": "乡镇级", "街道": "街道级"}
LEVEL_UNKNOWN = "未知层级的"
REPORT_TITLE_FROM_FILE_NAME = "正文没有标题，按文件名记为“{title}”"
TITLE_FROM_FILE_NAME = "方案正文没有标题，按文件名记为“{title}”"
REGION_FROM_FILE_NAME = "方案正文未写明地区，按文件名记为{region}；不对时可用 ducha ingest 文件 --region 地区名 指定"
REGION_FROM_REPORTS = "方案正文未写明地区，已导入的同级报告只有{region}一地，记为{region}；不对时可用 ducha ingest 文件 --region 地区名 指定"
YEAR_ASSUMED = "方案未写明年份，暂按导入当年（{year}年）计算完成时限；可用 --year 年份 指定"
YEAR_FROM_DEADLINES = "方案未写明年份，按多数任务完成时限所写的年份记为{year}年；不对时可用 --year 年份 指定"
PAST_YEAR = "方案年份（{year}年）已过：其未完成任务将按逾期开始每日提醒；如不再督办，请运行 ducha plan close {id}"
# A plan with one units column and no stated rule saying which unit leads (retrieval/plans/lead_rule.py).
LEADS_UNSTATED = ("方案只有一列责任单位，没有写明哪个单位牵头（如“排在第一位的为牵头单位”“带*号的为牵头单位”），"
                  "一项任务列出的单位都按牵头单位记，都会收到提醒")
PROGRESS = "导入中"

# `ducha search`
SEARCH_NONE = "没有找到相关段落"
SEARCH_HIT = "{rank}. [{score:.3f}｜关键词 {lexical:.1f}{dense}] {title} › {section}\n   {text}"
SEARCH_DENSE = "｜语义 {value:.2f}"
EMPTY_QUERY = "请输入要搜索的内容"
DENSE_UNAVAILABLE = "向量模型不可用（{reason}），只用关键词检索"
EMBEDDING_FAILED = "向量服务 {url} 不可用：{reason}（检查 DUCHA_EMBEDDING 的地址和密钥，或设为 none 只用关键词检索）"
BAD_EMBEDDING = "DUCHA_EMBEDDING 设置无法识别：{value}（可用 default、none、本地模型目录、openai:模型@地址）"
CHROMA_UNREACHABLE = "无法连接 Chroma 服务 {url}：{reason}"
# Two-phase ingest (retrieval/dense_phase.py)
DENSE_PROGRESS = "计算语义向量"
DENSE_DONE = "语义向量已完成：{docs} 个文件，{chunks} 段"
DENSE_LATER = "已可按关键词检索；语义向量稍后计算（ducha embed，或 ducha run 启动后在后台计算）"
DENSE_FAILED = "语义向量未完成（{reason}）：已可按关键词检索，稍后运行 ducha embed 续算"
DENSE_NOTHING = "没有待计算语义向量的文件"
DENSE_OFF = "语义向量已关闭（DUCHA_EMBEDDING=none），只用关键词检索"

# Hardened ingest (issue 16): what is skipped or refused, and why. One line each.
STATUS_SKIPPED = "跳过"
LINE_SKIPPED = "跳过  {file}  {error}"
TOTAL_WITH_SKIPPED = "共 {n} 个文件：导入 {ingested}，未变化 {unchanged}，失败 {failed}，跳过 {skipped}"
EMPTY_PATH = "路径为空：请写出要导入的文件或文件夹"
LINK_OUTSIDE = "符号链接指向所给文件夹之外（{target}），不读取"
LINK_BROKEN = "符号链接指向的文件不存在，不读取"
SPECIAL_FILE = "不是普通文件（设备、管道或套接字），不读取"
SENSITIVE = "像密钥、口令或配置文件（{name}），从不读取"
FOLDER_UNREADABLE = "无法读取文件夹 {path}：{reason}"
TOO_BIG = "文件太大：{size} MB，超过上限 {limit} MB（可用 DUCHA_MAX_FILE_MB 调整）"
TEXT_TOO_LONG = "文字太多：超过 {limit} 字的上限，不像一份报告或方案（可用 DUCHA_MAX_TEXT_CHARS 调整）"
UNZIPPED_TOO_BIG = "解压后太大：声明 {size} MB，超过上限 {limit} MB，未解压（可用 DUCHA_MAX_UNZIPPED_MB 调整）"
ZIP_RATIO = "压缩比异常（{name} 压缩了 {ratio} 倍，上限 {limit} 倍），疑似压缩炸弹，未解压（可用 DUCHA_MAX_ZIP_RATIO 调整）"
ZIP_LIED = "压缩包内容与声明的大小不符，疑似被篡改，未导入"
ZIP_TOO_MANY = "压缩包内文件太多（{n} 个），不像正常的 Office 文档"
TOO_MANY_PAGES = "PDF 页数太多：{n} 页，超过上限 {limit} 页（可用 DUCHA_MAX_PDF_PAGES 调整）"
TOO_MANY_CHUNKS = "切分后超过 {limit} 段的上限（{n} 段），不像一份报告（可用 DUCHA_MAX_CHUNKS 调整）"
TOO_MANY_ROWS = "表格行数太多：超过 {limit} 行的上限（可用 DUCHA_MAX_TABLE_ROWS 调整）"
CELL_TOO_LONG = "表格里有超过 {limit} 字的单元格，不像责任分工方案（可用 DUCHA_MAX_CELL_CHARS 调整）"
NOT_CHINESE = "不是中文文件：中文字符只有 {cjk} 个（占 {share}%），不像政府工作报告或责任分工方案"
PLAN_NOT_READ = ("文件自称分工方案（“{name}”），但没有读出其中的任务表（表头和编号的任务），不当作政府工作报告导入，"
                 "原有数据未改动；请检查任务表是否完整，或用带表格的 .docx/.xlsx 导入")
NOT_A_REPORT = "不像政府工作报告：没有标题或署名行，也没有“一、二、”这样编号的部分；若是责任分工方案，需要有“牵头单位”等列和编号的任务"
