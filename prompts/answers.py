"""Every text a user reads from `ducha ask` / the bot's answers, and the LLM prompts.

Kept in one module so that wording can be reviewed (and translated) without reading code.
Placeholders use str.format names.
"""
from __future__ import annotations

# --- sources -------------------------------------------------------------------------
SOURCE_MARK = "来源："  # how a source line starts (the LLM step and the bot look for it)
SOURCE_LINE = SOURCE_MARK + "{title} · {section}"
SOURCE_LINE_NO_SECTION = SOURCE_MARK + "{title}"
CLOSED_PLAN_MARK = "（已关闭方案，不再督办）"

# --- report facts and targets ----------------------------------------------------------
FACT_TARGET = "{region}{year}年目标：{clause}。"
FACT_RESULT = "{region}{year}年：{clause}。"
FACT_PART_RESULT = "{region}{year}年{part}：{clause}。"
FACT_TASK = "{plan}（{code}）：{clause}。"
FACT_PLAIN = "{clause}。"
FACT_SPAN = "{region}多年情况（{year}年报告回顾）：{clause}。"  # "四年来累计…": no single year's figure
FACT_SPAN_TARGET = "{region}规划期目标（{year}年报告提出）：{clause}。"  # "“十五五”时期…目标是：…到2030年…"
FACT_CONTEXT_MARK = "原文："  # how the quoted-sentence line starts (joined answers drop it)
# two asks of different kinds in one message ("X目标多少？Y谁牵头"), one answer after the other
PARTS_SEP = "\n\n"
# the year a named thing was launched ("X是哪年推出的"), from the sentence naming it
LAUNCH_YEAR = "“{thing}”于{when}{verb}。"  # when: "2021年" / "2024年8月", as printed
# one item of a printed list asked by its place (answers.list_items)
LIST_ITEM = "“{name}”第{place}{cls}：{item}（共{total}{cls}，按原文顺序）。"
NONE_LIST_ITEM_PAST = "文件列出的“{name}”共{total}{cls}，没有第{place}{cls}。"
# what a project is to reach this year, asked as a stage (answers.stage_asks)
STAGE_ASKED = "{title}写的{thing}进度要求：{clause}。"
STAGE_NOT_STATED = "文件中没有找到{thing}{stage}的时间或安排。文件写的是（{label}）：{clause}。"
LATEST_PROGRESS = "最新进展（{title}）：{sentence}"
STAGE_LABEL_TASK = "{plan}任务{code}"
STAGE_NOT_PLANNED = "文件中没有找到{thing}{year}年要干到什么程度。{title}的工作回顾写的是上一年的进展（不是{year}年的要求）：{clause}。"
FACT_CONTEXT = FACT_CONTEXT_MARK + "{sentence}"
# a sentence found to cover an ask no answerer read (answers/covering_sentence.py)
SHORTCOMINGS_HEAD = "{title}讲到的困难和问题（原文）："
PLACE_ASKS_HEAD = "{title}对{place}提出的要求（原文）："
# the headings under a part of a report, listed in order (answers/part_headings.py)
PART_HEADINGS_HEAD = "{title}“{part}”下分{n}个方面（原文标题）："
SHORTCOMINGS_NONE = "{title}里没有找到讲困难和问题的段落（通常在回顾部分末尾，“我们也清醒看到……”）。"
NOTED_TERM = "{term}（报告注释第{n}条）：{definition}"
COVERING_SENTENCE = "文件原文：{sentence}"  # its own mark: joined answers drop FACT_CONTEXT lines
# a plan's covering notice asked (answers.notice_asks): its own sentences, under the plan's title
NOTICE_SENTENCES = "《{title}》印发通知中写道："
NOTICE_SECTION = "印发通知"
FACT_RELATIVE_NOTE = "（按最新的{region}{year}年报告）"
GLOSSARY = "{term}指：{definition}"
GLOSSARY_NO_ENTRY = "文件的名词解释里没有“{term}”这一条。"
GLOSSARY_PART = "{term}中的“{part}”：{clauses}。"
OFFICE_HOLDER = "{region}{office}：{name}（{title}署名）。"
DOC_DELIVERED_ON = "{title}：{date}{verb}。"
DOC_DELIVERED_BY = "{title}：由{office}{name}作报告。"
DOC_DELIVERED_AT = "{title}：在{meeting}上作报告。"
DOC_VERB_REPORT = "作报告"
DOC_DATE_CONFIRMED = "是的。{title}：{date}{verb}。"
DOC_DATE_CORRECTED = "不对。{title}：{date}{verb}（不是{offered}）。"
DOC_VERB_PLAN = "印发"
REGION_LABEL = "【{region}】"
PREMISE_WRONG = "不是。"
# the figure offered, found as another year's or the other kind ("4.1%是2023年的实际")
PREMISE_FIGURE_ELSEWHERE = "\n（{figure}是{region}{year}年的{kind}：{clause}。）"
KIND_TARGET = "目标"
KIND_RESULT = "实际数"
# a figure offered that the year asked lacks, printed elsewhere (answers/offered_elsewhere.py)
OFFERED_PRINTED = "{figure}这个数在{title}（{section}）里：{clause}。请按原文核对它说的是哪一年。"
PREMISE_RIGHT = "是的。"
# two figures compared in one message (answers/comparison.py); the difference is computed
# from the two quoted figures and says so
COMPARE_HIGHER = "对比：{a}{fa}，高于{b}{fb}{diff}。"
COMPARE_LOWER = "对比：{a}{fa}，低于{b}{fb}{diff}。"
COMPARE_EQUAL = "对比：{a}{fa}，与{b}{fb}持平。"
COMPARE_SAME_NUMBER = "对比：两个数都是{value}，说法不同：{a}“{fa}”，{b}“{fb}”。"
COMPARE_DIFF = "（相差{diff}，按原文数字计算）"
COMPARE_POINTS = "个百分点"
COMPARE_KIND_TARGET = "目标"
COMPARE_KIND_RESULT = "实际"
LIST_ITEM_LABEL = "【{item}】"  # an item of a list whose answer's clause does not name it
COMPARE_STATED = "对比：报告原文写明比上年{change}。"
COMPARE_NOT_HELD = "没有{what}的报告，无法比较。"
EACH_MEMBER = "其中{pairs}（按原文“分别”的顺序）。"  # "城市农村各多少" of a clause stating both

# --- none --------------------------------------------------------------------------
NONE_NO_REGION = "文件中没有找到{region}的政府工作报告。现有报告：{available}。"
NONE_NO_YEAR = "文件中没有找到{region}{year}年的相关内容。现有{region}报告：{available}。"
NONE_NO_PART = "文件中没有找到{part}的通报或报告；已导入的分阶段通报：{titles}。"
NONE_NO_LEVEL = "文件中没有找到{level}级的政府工作报告（现有报告：{available}），县、区的数字不能代替。"
NONE_NO_PART_LOADED = "文件中没有找到{part}的通报或报告（没有导入任何季度、半年或月度的通报）。"
NONE_NO_INDICATOR = "文件中没有找到{scope}关于“{what}”的{kind}。"
# a phase / line / batch asked that the document gives only under another number (answers.ordinals)
# a thing asked that no task and no report prints (answers/unmentioned.py)
NONE_UNMENTIONED = "文件中没有找到关于“{what}”的内容。"
# An owner/task answer whose tasks all stand in another region's plan than the one named (answers/region_tasks.py).
NONE_TASK_OTHER_REGION = "文件中没有找到{region}与“{what}”对应的分工任务（相近的任务在{other}的方案里，不是同一地区）。"
# A figure a city's report does not give, answered from its province's report (answers/higher_level.py).
HIGHER_LEVEL_ONLY = "{city}的报告中没有找到；以下是{province}报告的内容（省级要求，不是{city}自己的数字）："
NONE_LEVEL_UNLOADED = "文件中没有{level}一级的报告，找不到全{level}的这项内容。下面是{region}文件里的说法（不是全{level}的）：\n{answer}"
NONE_OTHER_ORDINAL = "文件中没有找到关于“{what}”的内容。"
NONE_OTHER_ORDINAL_GIVEN = "文件写到的是：{given}。"
NOTE_NO_RESULT_YET = "（{year}年的实际完成情况要到{next}年报告的回顾里才有，这里是目标。）"
NONE_MODE_TARGET_ONLY = "文件中没有找到{year}“{what}”的实际完成情况；{title}只给出{year}目标：{clause}。"
NOTE_NO_FIGURE = "（报告没有给出具体数字）"
# a target the report states in words ("与经济增长同步"), asked as a figure (answers.worded_targets)
NOTE_WORDED_TARGET = "（报告用文字表述这项目标：“{phrase}”，没有给出具体数字）"
# a figure asked with "弄到哪一步了": the documents state no later progress (answers.progress_asks)
NOTE_NO_PROGRESS = "进展：文件里只有上面这句，没有写后来做到了哪一步。"
NONE_NO_FIGURE = "文件中没有找到{year}年“{what}”的具体数字；{title}只写了：{clause}。"
# a rank asked of a figure the report gives with no rank (answers.rank_asks)
NONE_NO_RANK = "文件中没有写这项的排名（第几位）；找到的是：\n{found}"
# "X2023年计划N个，最后完成没有": no target in the documents, the review's result answers
RESULT_NO_TARGET = "文件中没有找到{year}年“{what}”的目标{aside}；报告回顾写的实际情况："
RESULT_OFFERED_UNCHECKED = "（问题里说的“{figure}”无法核对）"
NONE_MODE_RESULT_ONLY = "文件中没有找到{year}“{what}”的目标；{title}只给出{year}实际：{clause}。"
NONE_NO_DOCUMENTS = "文件中没有找到任何已导入的政府工作报告，请先运行 ducha ingest 导入文件。"
NONE_TOPIC_UNCLEAR = "没有看懂要查的内容（{what}），文件中没有找到可对应的指标，请说出指标或事项，例如：“南昌2024年GDP增长目标”。"
NONE_EMPTY_QUESTION = "没有看懂问题，请换个说法，例如：“2024年GDP增长目标是多少？”"
NONE_KIND_TARGET = "目标"
NONE_KIND_FACT = "内容"
NONE_TOO_LONG = "问题太长了（超过{limit}个字），请只问一件事，例如：“2024年GDP增长目标是多少？”"
NONE_NO_DOC_FACT = "文件中没有找到{what}：{title}里没有写明。"
NONE_NO_SUCH_DOC = "文件中没有找到{what}。现有：{available}。"
NONE_NO_PLAN_YEAR = "文件中没有找到{year}年的分工方案。现有分工方案：{available}。"
# "24年那份报告分了多少项重点任务" with no 2024 table: the next report's review states the count
YEAR_COUNT_FROM_REVIEW = "{year}年报告确定的重点任务共{count}项（{year}年的分工方案未导入，据下一年报告回顾：“{clause}”）。"
# a figure pasted to be traced ("3000个省大中型项目——哪一年") that no document states
# (answers/claims.py); what the documents do say is labelled as another figure
NONE_CLAIM = "文件中没有找到“{claim}”：没有哪份文件写的是{figure}。"
# a figure someone else said ("群里说200个以上") that the document's figure is not (answers/framing.py)
HEARSAY_NOT_SAID = "文件里写的不是“{figure}”："
# a word of the question no document prints, read as the documents' word of the same sound
# ("5G鸡站" → 基站, "全球一二三快货物流圈" → 123; answers/heard_words.py)
WORD_HEARD_AS = "（文件中没有“{typed}”，按文件里读音相同的“{read}”理解。）"
# a shortened word of the question no document prints, read as the documents' full term
# ("婚检" → 婚前医学检查, "俩癌" → 两癌; answers/abbreviated_words.py)
WORD_SHORTENED_AS = "（文件中没有“{typed}”，按文件里的“{read}”理解。）"
CLAIM_OTHER_FIGURE = "文件里相近的说法，数字不是{figure}：{said}"
CLARIFY_REGION = "这个问题几个地区的报告都有（{regions}），请说明是哪个地区，例如：“{example}”。"
DOC_WHAT_WHO = "作报告人"
DOC_WHAT_ISSUER = "印发单位"
DOC_ISSUED_BY = "{title}的发文单位：{issuer}。"
DOC_WHAT_WHEN = "日期"
DOC_WHAT_NUMBER = "文号"
DOC_WHAT_WHERE = "会议"
DOC_WHAT_YEAR = "年份"
DOC_YEAR_IS = "{title}：{year}年的报告。"
DOC_YEAR_READ = "（原文没有标题，上面的标题是按地区和年份补写的。）"
DOC_NUMBER_IS = "{title}：文号{number}。"
DOC_NUMBER_CONFIRMED = "是的。{title}：文号{number}。"
DOC_NUMBER_CORRECTED = "不是。{title}：文号{number}（不是{offered}）。"
DOC_NUMBER_NOT_READ = "{title}：导入时首页没有读到文号，请查看原文件。"
AVAILABLE_ITEM = "{region}{year}年"

# --- registry ----------------------------------------------------------------------
TASK_LINE = "{code} {title}"
TASK_LINE_ROLE = "{code} {title}（{role}）"
TASK_LINE_DUE = "｜{due}{status}"
TASK_LINE_OVERDUE = "（已逾期）"
ROLE_LEAD = "牵头"
ROLE_CO = "配合"
OWNER_HEAD = "{code} {text}"
# the tasks a progress notice marks as lagging (answers/lagging_tasks.py)
CONTACT_LINES = "{title}所列联系方式：\n{lines}"
LAGGING_HEAD = "{title}所列进度滞后的事项："
LAGGING_OF_LEADER = "{title}所列进度滞后的事项中，{leader}牵头的任务："
LAGGING_NONE_OF_LEADER = "{title}所列进度滞后的事项中没有{leader}牵头的任务。所列滞后事项："
LAGGING_OF_UNIT = "{title}所列进度滞后的事项中，{unit}牵头的："
LAGGING_PROGRESS = "{task}进展：{progress}"
LAGGING_NONE_OF_UNIT = "{title}所列进度滞后的事项中没有{unit}牵头的。所列滞后事项："
DUE_IN = "完成时限在{month}月"
DUE_ON = "完成时限在{date}"
LEDGER_STATUS_HEAD = "{title}中标为“{status}”的事项共{n}项："
LEDGER_STATUS_MORE = "……另有{n}项未列出。"
LAGGING_NO_PERIOD = "文件中没有找到{period}的进展通报；已导入的通报：{titles}。"
LAGGING_SAID = "通报原文：{sentence}"
# a ledger grouped by lead unit, asked by its unit (answers/unit_ledger.py)
UNIT_LEDGER_HEAD = "{title}中{unit}共{n}项{tally}："
UNIT_LEDGER_LAGGING = "其中进度滞后的："
UNIT_LEDGER_NONE_LAGGING = "{unit}的事项中没有标为滞后的。"
UNIT_LEDGER_NO_UNIT = "文件中没有找到{unit}在{title}中的事项；台账按牵头单位列的是：{units}。"
UNIT_LEDGER_ROW = "{unit}：{task}\n完成情况：{status}\n进展：{progress}"
# a past item in no plan of the registry, its owner as a report of what was done prints it
OWNER_FROM_REPORT = "分工方案中没有这一项；{title}所列“{item}”的责任单位：{units}"
OWNER_LEADERS = "牵头领导：{leaders}"
OWNER_LEADS = "牵头单位：{units}"
OWNER_COS = "责任单位：{units}"
OWNER_PREMISE_WRONG = "不是。该项由{leads}牵头。"
OWNER_PREMISE_CO = "不是牵头单位：{unit}是该项的责任单位，牵头单位是{leads}。"
OWNER_PREMISE_RIGHT = "是的，{unit}是该项的牵头单位。"
OWNER_PREMISE_ONE_OF = "{unit}是该项列出的单位之一，排在第一位的是{first}（列出的单位：{leads}）。"
# a leader offered beside the unit ("是团省委牵头、X挂帅吧")
# a leader offered alone ("是X牵头吧", X a leader of the table)
OWNER_PREMISE_LEADER_ONLY_RIGHT = "是的，{leader}是该项的牵头领导。"
OWNER_PREMISE_LEADER_ONLY_WRONG = "不是。该项的牵头领导是{leaders}。"
OWNER_PREMISE_LEADER_RIGHT = "牵头领导是{leader}，也没错。"
OWNER_PREMISE_LEADER_WRONG = "但牵头领导不是{leader}，是{leaders}。"
OWNER_OTHERS = "其他相关任务：{codes}"
TASK_DUE = "截止：{due}　状态：{status}"
TASK_NO_DUE = "状态：{status}"
TASK_OTHER_CELL = "{label}：{value}"
# the plan's 完成时限 as printed ("2023年6月底前开工"), then the date reminders count from
TASK_DUE_PRINTED = "完成时限：{printed}（截止：{due}）　状态：{status}"
LIST_HEAD_UNIT = "{unit}{role_word}的任务共{count}项："
LIST_HEAD_LEADER = "{leader}牵头的任务共{count}项："
PLAN_COUNT = "{plan}共列{count}项重点工作，分{parts}个部分。"
PLAN_SECTION_COUNT = "其中“{section}”部分{count}项。"
LIST_HEAD_UNIT_OVERDUE = "{unit}{role_word}的{total}项任务中，已逾期{count}项："
LIST_HEAD_LEADER_OVERDUE = "{leader}牵头的任务中已逾期的共{count}项："
UNIT_NONE_OVERDUE = "{unit}{role_word}的{total}项任务中，目前没有逾期的。"
LIST_HEAD_LEADER_ABOUT = "{leader}牵头的{total}项任务中，与“{what}”有关的{count}项："
# the units of a leader's tasks asked ("陈小平牵头的任务 牵头单位主要是哪几个厅局"): each unit with its tasks
LEADER_UNITS_HEAD = "{leader}牵头的{total}项任务，{role}共{count}个（按任务数排列）："
LEADER_UNITS_LINE = "{unit}：{n}项（{codes}）"
LEADER_UNITS_SINGLES = "其余{count}个各1项：{units}"
PART_NAME = "“{name}”"
LIST_HEAD_IN_PARTS = "{who}的{total}项任务中，在{parts}部分的共{count}项："
LIST_IN_PARTS_NONE = "{who}的{total}项任务中，没有在{parts}部分的。"
LIST_HEAD_MENTIONS = "{plan}中提到“{term}”的任务共{count}项："
NONE_NO_TASK_MENTIONS = "{plan}的{total}项任务中，没有提到“{term}”的。"
PLAN_ANY = "分工方案"
NONE_DUE_NOT_STATED = "分工方案没有给{code}这项写完成时限（没有写几月底前）；台账按方案年度默认记为{year}年12月31日。"
LIST_HEAD_LEADER_EXCEPT = "{leader}牵头的{total}项任务中，除“{what}”方面外的{count}项："
LIST_HEAD_LEADER_NOT_UNIT = "{leader}牵头的{total}项任务中，牵头单位不含{unit}的{count}项："
NONE_LEADER_NOT_UNIT = "{leader}牵头的{total}项任务都由{unit}牵头（或共同牵头），没有不归它管的。"
LIST_HEAD_STATUS = "{what}的任务共{count}项："
LIST_MORE = "……另有{rest}项未列出。"
# a long list of a leader's or unit's tasks: every task named by a short title, one part a line
INDEX_ITEM = "{code} {title}"
INDEX_ITEM_ROLE = "{code} {title}（{role}）"
INDEX_SEP = "；"
LIST_HINT = "查看详情：/task {code}"
LIST_ROLE_LEAD = "牵头"
LIST_ROLE_CO = "参与（责任单位）"
LIST_ROLE_ANY = "牵头或参与"
LIST_ROLE_SPLIT = "（其中牵头{lead}项、参与{co}项）"
STATUS_OVERDUE = "已逾期"
STATUS_OVERDUE_IN_LEDGER = "已逾期、台账显示尚未完成"
STATUS_DUE_WEEK = "本周到期"
# tasks asked by their deadline (answers/due_lists.py)
DUE_PRINTED = "完成时限写作“{due}”"
DUE_BY = "{date}前到期、尚未完成"
DUE_LIST_HEAD = "{part}{what}的任务共{count}项："
STATUS_DUE_MONTH = "本月到期"
STATUS_DUE_NEXT_WEEK = "下周到期"
STATUS_DUE_NEXT_MONTH = "下月到期"
PROGRESS_HEAD = "进展记录："
PROGRESS_LINE = "{when} {unit}{text}"
PROGRESS_NONE = "暂无进展记录。"
# "为啥X没能按期完成" / "X没完成是什么原因": a reason a report gives, or none written
REASON_STATED = "{title}写到原因：“{sentence}”"
REASON_NOT_GIVEN = "文件里没有写原因。关于这项，文件写的是："
REASON_IN_TEXT = "关于这项，文件写的是："
# "去年哪几项指标没完成": the year's targets against the next year's review (answers/unmet_targets.py)
UNMET_HEAD = "{region}{year}年目标与{next}年报告回顾对照（只比同一口径的数字）："
UNMET_MISSED = "未达到（{n}项）："
UNMET_ROW = "· {code}{head}：目标{target}，实际{actual}"
UNMET_NONE_MISSED = "能对照的数字里没有未达到的。"
UNMET_MET = "达到（{n}项）：{items}。"
UNMET_NOT_COMPARED = "另有{n}个目标数字，{next}年报告回顾没有同一口径的数字，无法比较。"
UNMET_STATED = "{title}回顾里写明的：“{sentence}”"
UNMET_NO_REVIEW = "文件中没有找到{region}{next}年的报告，无法对照{year}年的目标完成情况。"
UNMET_NO_TARGETS = "文件中没有找到{region}{year}年的目标（{year}年的报告或分工方案），无法逐项对照{next}年报告回顾。"
UNMET_NO_PAIRS = "文件中没有找到可以对照的{region}{year}年目标和{next}年报告回顾里的同口径数字，无法列出哪些没完成。"
# "X推迟到什么时候" / "X延期到哪年": the documents write no moved time; the time they give follows
DUE_NOT_MOVED = "文件里没有写这项推迟或延期后的时间；文件给出的时间如下："
NONE_NO_TASK = "文件中没有找到与“{what}”对应的分工任务。"
# a task asked by its place in the whole table (answers/plan_position.py)
NONE_PLAN_PLACE = "文件中没有找到第{n}项任务：{counts}。"
PLAN_PLACE_COUNT = "{plan}共{count}项任务"
PLAN_PLACE_IS = "按分工方案的顺序，第{n}项是任务{code}："
# the tasks of a part of the table (answers/plan_part_tasks.py)
PLAN_PART_TASKS_HEAD = "{plan}{part}列了{count}项任务："
PLAN_PART_LEADERS = "{plan}{part}共{count}项任务，牵头领导：{leaders}。"
PLAN_PART_NUMBERED = "第{n}部分“{heading}”"
PLAN_PART_INNER = "第{n}部分中“{heading}”"
PLAN_PART_NAMED = "“{heading}”"
NONE_NO_UNIT_TASKS = "文件中没有找到{unit}{role_word}的任务。"
NONE_NO_LEADER_TASKS = "文件中没有找到{leader}牵头的任务。"
NONE_NO_STATUS_TASKS = "没有{what}的任务。"
NONE_NO_REGISTRY = "文件中没有找到分工方案（任务台账为空），请先用 ducha ingest 导入责任分工方案。"

# --- eval ----------------------------------------------------------------------------
EVAL_HEAD = "共 {n} 题，正确 {ok} 题，准确率 {acc:.1%}"
EVAL_ITEM_ERROR = "内部错误：{kind}（这一题未能回答，详情已记入日志）"
EVAL_ERRORS = "  其中 {errors} 题出现内部错误（已计为答错，详情见日志）"
EVAL_KIND = "  {kind:<14} {ok}/{n}  {acc:.1%}"
EVAL_FAIL = "  ✗ {id} [{kind}] {question} → {answer}"
EVAL_LLM = ("同一批问题只用原文摘录：正确 {ext_ok}/{n}，准确率 {ext_acc:.1%}\n"
            "大模型改写：尝试 {tried} 题，采用 {used} 题，退回原文摘录 {fallback} 题；未尝试（列表、没有找到）{not_tried} 题")
EVAL_LLM_REASON = "  退回原因 {reason:<14} {count}"

# --- LLM -----------------------------------------------------------------------------
LLM_SYSTEM = (
    "你是政府督查室的助手。把“参考答案”改写成通顺、简短的一段话，只能使用“依据”中的内容，"
    "不得使用依据以外的知识，不得增加依据中没有的数字、年份、地区、单位或人名。"
    "数字必须与依据原文完全一致，包括单位和“左右”“以上”“以内”等限定词；"
    "某个数字属于哪个指标、哪一年、哪个地区，必须与依据一致，不得张冠李戴。"
    "责任单位、牵头单位、牵头领导必须与依据中列出的完全一致，不得改变其角色。"
    "先给出关键数字或结论，再用一两句话说明，总长不超过200字，用简体中文。"
    "如果依据中没有答案，只回答：文件中没有找到相关内容。不要写来源，系统会自动附上。"
)
LLM_USER = "问题：{question}\n\n依据：\n{context}\n\n参考答案（抽取式，只改写措辞，不得改变数字和事实）：\n{draft}"
LLM_EVIDENCE_ITEM = "[{n}] {region}{year}年 · {title} · {section}\n答案依据：{clause}\n原文：{sentence}"
LLM_TASK_ITEM = ("[{n}] 分工任务 {code}：{text}\n牵头领导：{leaders}\n牵头单位：{leads}\n"
                 "责任单位（配合）：{cos}\n完成时限：{due}")
# a source line the model wrote anyway starts like ours (SOURCE_LINE): ours replaces it
LLM_SOURCE_PREFIX = "来源："
# an answer the dense model matched (answers/dense_answer.py): the question's words are not the report's
NOTE_DENSE_MATCH = "（问题的说法与报告原文不同，按意思对应，请核对原文）"

# a look-alike measure the documents do give (answers.contrasts): named as another measure, never as the answer
CONTRAST_OTHER_MEASURE = "文件中有口径不同的指标（{other}，不是所问的指标）：{clause}。"
# "去年全市GDP总量多少" where the report states it only for some districts: said so first
NOTE_PART_NOT_WHOLE = "文件中没有找到{whole}的这项数字，只写了{parts}的："
# a figure asked of a thing, the clause found holds no figure of the measure asked or holds
# another thing's figure (answers/figure_subjects.py): what the documents do say of the thing
NONE_FIGURE_NOT_STATED = "文件中没有找到{thing}的{measure}。文件里写到{thing}的是：{clause}。"
NONE_MEASURE_MONEY = "投资额"
NONE_MEASURE_FIGURE = "这项数字"
# a township/street/park asked by its bare name, answered with the whole's figure
# (answers/sub_places.py): not found for the place, the whole's answer shown as such
NONE_SUB_PLACE = "文件中没有单独写{place}的这项内容。下面是文件里{whole}的说法（不是{place}的）：\n{answer}"

# a task's leader asked where its plan prints no leader (only units)
OWNER_NO_LEADER = "文件中没有写这项由哪位领导负责：{plan}没有牵头领导一栏，只列了单位。该项如下："
