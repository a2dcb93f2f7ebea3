"""The words of a question that are not what it asks about, as data with where each came from.

`answers.covering_sentence` looks, when every answerer has said "not found", for one indexed
sentence whose content words cover what the question asks. Before it measures that, it drops
from the question what staff say around the ask: who wants it and why (领导问：/ 领导要引用),
how the answer should come (原话怎么说的 / 帮我查一下), question words (多少 / 哪几项), and
fillers that point at the document (报告里说 / 那句 / 那块). Each row is a regular expression,
so one row holds a family of wordings; rows are words, never a test question's phrasing.

Provenance: the request framings and fillers are the ones outsider rounds 28a–28c typed around
asks the documents answer (a quotation wanted for a speech, a leader's question passed on);
the question words are those of `core.abbreviations.QUESTION_WORDS` and the rounds' colloquial
forms (咋, 能到多少, 是不是).
"""
from __future__ import annotations

# Who asks and why, and how the answer should come: dropped whole (longest forms first).
REQUEST_FRAMING: tuple[str, ...] = (
    # "领导讲话要引一句…" (round 32b): the quantity of the quotation wanted goes with the request
    r"领导(?:讲话|发言|致辞|汇报)?(?:时|里|中)?(?:想|要|准备|打算|需要)(?:在[^，,。？?]{1,14}?上)?(?:引用?|用|援引|原话|原文)(?:一句|几句|一段|一下)?",
    r"领导(?:问|说|让我?问|交代|要求|想知道|关心)[：:，,]?",
    r"领导(?:要|想|需要)(?:原话|原文)?",
    r"(?:帮我|帮忙|麻烦|请|劳驾)(?:查|找|看|核)(?:一下|一查|一找|下)?(?:数|数字|数据)?",
    # an order, as a senior types it ("查下今年城镇新增就业目标", "给我查一下…", round 66d)
    r"(?:给我|帮我)?(?<!调)(?:查|找|核)(?:一下|下)",
    r"(?:我)?(?:想问问?|想了解|想知道|问一下|请问)",
    r"原(?:话|文|句)(?:是)?(?:怎么|咋|如何)(?:说|讲|写|表述)的?",
    r"(?:原话|原文|原句)(?:是啥|是什么|是哪句)?",
    r"(?:是)?(?:怎么|咋|如何)(?:说|讲|写|表述|解释|说明)的?",
    r"要在[^，,。？?]{1,14}?上引用?",
    r"(?:要|想)?引用",
    r"不是全(?:省|市|县|区)的",
)

# Question words: what kind of answer is wanted, not what about (longest forms first).
QUESTION_WORDS: tuple[str, ...] = (
    # "对X有要求没" / "对X有啥要求" (round 33b): what is required of X asked, X the thing
    r"有(?:啥|什么|哪些)?(?:要求|目标)(?:没有?|吗)?", r"有没有(?:要求|目标)",
    # "几号前要报上来" / "每月几号" (round 44c): the day of a month asked; 每月 / 每季度 stay,
    # the notice's sentence says them too ("每季度末月25日前", round 49c)
    r"(?:每次)?几号(?:前|之前|以前)?",
    r"是不是", r"有没有", r"是否", r"哪几项", r"哪几个", r"哪几样", r"哪几类", r"哪几",
    r"哪些", r"哪个", r"哪项", r"哪条", r"哪里", r"哪",
    # "多少万" / "多少个" / "多少人次": the counted unit asked goes with the question word
    r"多少(?:[万亿千百]?(?:人次|[个项家所座条件批名元台套户亩吨]|人(?![才员口群])|公里)|[万亿千百])?", r"多少", r"多大", r"多高", r"多长", r"多久",
    r"几项", r"几个", r"几", r"什么", r"啥", r"怎么样", r"怎样", r"如何", r"怎么", r"咋",
    r"为什么", r"为啥", r"谁", r"吗", r"呢", r"吧", r"呀",
)

# Pointing and framing fillers around the thing asked about (a word each; longest first).
FILLERS: tuple[str, ...] = (
    # "上面22年对X…" / "我们南昌这边24年…" (round 33b, a district official): the higher level
    # said as 上面/上级, the asker's own place pointed at; neither is the thing asked
    r"(?:上面|上头|上级)(?=\s*(?:\d|对|今年|去年|前年|[省市县]))", r"我们(?=[\u4e00-\u9fff]{2,4}?这边)", r"这边",
    # ("报告里老提一廊三区", round 54c: how often it is said is no word of it)
    r"(?:省|市|县|区)?(?:政府)?(?:工作)?报告(?:里|中|上)?(?:老|常|总|经常|一直|反复|多次)?(?:说|讲|写|提)?(?:的|到)?",
    r"文件(?:里|中|上)?(?:说|讲|写|提)?的?", r"原文", r"[那这]句[\u4e00-\u9fff]话", r"那句话?", r"这句话?", r"那段", r"那部分",
    r"[这那]几[样项个条]", r"[这那](?:一)?[个项条块件边类]", r"一下", r"具体",
    r"(?:分工|任务分解|分解|任务)(?:方案|表|清单)(?:里|中|上)?(?:说|讲|写|提)?的?", r"方案(?:里|中|上)", r"台账(?:里|中|上)?",
    r"以后", r"之后", r"能到", r"能达到", r"达到了?", r"要(?=[求在引用想])", r"了", r"的", r"说", r"是", r"(?:里面|里头|里)(?=[说讲写提的])",
    # "报告专门讲了…" / "主要列了哪几条" / "还提了一个…要求" (round 42b): the document's speaking
    # said as a verb, with an adverb of emphasis; what it says is the thing asked
    r"(?:专门|重点|着重|还|又|也|都|一共|主要)?(?:讲|提|列|谈)(?:了|到|过)(?:一个|一句)?",
    # "报给我们督查室" / "咱们拿了多少金": the asker's own side, no word of the thing asked
    r"(?:我们|咱们)(?![省市县区州])", r"每次",
    # "分工通知里…" / "印发通知要求…": the plan's covering notice named, where to look
    r"(?:分工|印发)?通知(?:里|中|上)?(?:说|讲|写|提|要求)?的?",
    r"情况", r"已经", r"全(?:省|市|县|区)", r"今年", r"去年", r"前年", r"明年", r"开头", r"最后",
)

# Remarks: what staff add to an ask that names nothing of it, said anywhere in the message
# (`answers.remarks` drops a clause made only of these, the request framing and the pointing
# fillers above): who wants it checked, a delivery, a use, a hedged judgement of the figure,
# thanks and interjections. Provenance: outsider rounds 29c, 31d, 32a, 32b typed these beside
# asks the documents answer ("…多少个 麻烦看下谢谢", "…突破一万美元了 领导让我确认一下", "那句原话发我下
# 要引用", "…目标是多少 好像定得不高"); the titles are those of `core.spoken`'s openings.
REMARKS: tuple[str, ...] = (
    r"(?:[\u4e00-\u9fff]{0,3}?(?:领导|主任|处长|科长|局长|厅长|部长|书记|秘书长|老师|同事))(?:刚才|刚刚)?"
    r"(?:让|叫|要|请|交代|安排)(?:我|咱)?(?:再)?(?:确认|核实|核对|核|查|看|问|落实)(?:一下|下)?",
    r"(?:发|给|转|告诉|截图|摘|贴)(?:给)?(?:我|咱)(?:一下|下)?|(?:发|转|摘|贴)(?:一下|下)",
    r"(?:写|做|准备|放)?(?:材料|稿子|讲话稿|汇报|简报|总结|综述|专报|通报|台账|PPT|ppt)(?:里)?(?:要|得)?(?:对照|对比|比对|参考|核对)?用",
    r"(?:写|做|搞)(?:个)?(?:对比|比对|对照|参考)(?:材料)?(?:要)?用",  # "写对比用，24年全区gdp是多少" (round 65d)
    # "给领导讲话稿开头要写" / "写通报要引原句" / "督查通报要核对下" (round 55a): what the answer is for
    r"(?:给[\u4e00-\u9fff]{1,4}?)?(?:写|做|准备|弄|整)?(?:个|份)?(?:督查)?(?:材料|稿子|讲话稿|汇报|简报|总结|通报)(?:开头|里|中|结尾)?"
    r"(?:要|得)(?:写|用|引用?(?:原句|原话|原文)?|核对一?下?|核一?下)(?:日期|时间|原话|原文|原句|数字|数据|进去)?",
    # "写总结要 21年…" (round 56b): the work, its verb first, said before the ask
    r"(?:写|做|准备|弄|整)(?:个|份)?(?:材料|稿子|讲话稿|汇报|简报|总结|综述|专报|通报|PPT|ppt)(?:要用?|用|需要)",
    # what the answer is for, said by the asker (round 38a: "…22年目标多少 我要放一起对比",
    # "领导讲话想引用一下…原话咋说的")
    r"(?:我|咱)?(?:要|想|好|得)?(?:(?:跟|和|与)[\u4e00-\u9fff]{1,6}?的?)?(?:放(?:在)?一起|一起)(?:对比|比较|比对|对照)(?:一下|下)?",
    r"(?:我|咱)(?:要|想)(?:对比|比较|比对|对照)(?:一下|下)?",
    r"(?:领导|我)?(?:讲话|发言|材料|稿子|汇报)?(?:里|中)?(?:想|要|得)?引用(?:一下|下)?(?:原数|原话|原文|原句)?",
    # the work the answer feeds, said first (round 43a: "做就业创业这块的对比，…", "为了写对比材料，…",
    # "为了给秦义同志准备调度材料，…", "写材料要对比一下")
    r"(?:为了|为)?(?:给[\u4e00-\u9fff]{1,6}?)?(?:做|写|搞|准备|整理|起草)[\u4e00-\u9fff]{0,10}?"
    r"(?:对比|比较|材料|汇报|简报|发言稿|讲话稿|调度材料|备忘)(?:材料)?(?:要|得)?(?:对比|比较)?(?:一下|下)?",
    # "领导要我对照着写整改措施" (round 44b): the work someone gave the asker, said after the ask
    r"(?:(?:领导|主任|处长|科长|局长|书记|秘书长)?(?:让|叫|要|请|安排))?(?:我|咱)?(?:对照着?|照着|根据这个|据此)"
    r"(?:写|做|整理|起草|准备|改|找|查|摆|梳理)[\u4e00-\u9fff]{0,10}",
    # a request for material, and what the speech will mention (rounds 44b/45b: "领导要材料，…",
    # "讲话稿里要提项目建设，…": the ask after it restates the subject)
    r"(?:领导|主任|处长|科长|局长|书记|秘书长|我)(?:要|需要|等着要)(?:个|份|些)?(?:材料|数据|数字|稿子)",
    r"(?:讲话稿|发言稿|材料|稿子|汇报)(?:里|中)(?:要|得|想|准备)(?:提|写|讲|说|用)(?:到|一下|下)?[\u4e00-\u9fff]{0,8}",
    r"(?:一起|一并|都)(?:帮我|给我|帮忙)?(?:查|看|找|核)(?:一下|下)?",
    # a request said last ("…增长了多少 麻烦帮我查下", round 47d)
    r"(?:麻烦|劳驾|请)(?:你|您)?(?:帮我|帮忙|给我)?(?:查|看|找|核|确认)(?:一下|下)",
    # what the asker must report, said first (round 48c: "街道要报托育的数，…", "领导要个数：…")
    r"(?:街道|我们|咱们?|我|单位|局里|县里|镇里)?(?:要|得|需要)(?:报|上报|填|统计|汇总)[\u4e00-\u9fff]{0,6}?的?(?:数|数据|数字|表|材料)",
    r"(?:领导|主任|局长|书记)(?:明天|今天|下午|上午|晚上|马上)?(?:要|需要)(?:个|份)?(?:数|数据|数字|清单|单子|名单|表)",
    # the office's own paperwork the answer goes into, said first (round 64e: "办公室要做会议纪要，…",
    # "归档要填，…", "文旅宣传稿要写，…"), and who asked for a check ("发改委那边让核一下，…")
    r"(?:办公室|单位|局里|科里|我们|我)?(?:要|得)?(?:做|写|整理|起草)(?:个|份)?(?:会议)?(?:纪要|会议记录|宣传稿|新闻稿|信息稿)",
    r"(?:归档|备案|登记|报表|表格|台账)(?:要|得|需要)(?:填|用|写|登)",
    r"[\u4e00-\u9fff]{0,4}?(?:宣传稿|宣传搞|新闻稿|信息稿)(?:要|得)(?:写|用|改)",
    r"[\u4e00-\u9fff]{1,6}?(?:那边|这边)(?:让|叫|要|请)(?:我|咱)?(?:再)?(?:核|查|确认|核实|核对)(?:一下|下)?",
    r"(?:要|需要)?(?:个|份)(?:清单|单子|名单)",  # (after "领导要" read as framing: "领导要个清单")
    # the asker's own unit, said first ("工信厅问下 21年分工里…", round 67f)
    r"(?:我们|咱们?)?[\u4e00-\u9fff]{1,8}?(?:厅|局|委|办)(?:这边|那边)?(?:想)?(?:问|查|核)(?:一下|下|问)",
    # the asker asking again ("…多少个小区来着 刚问过 再确认一遍", round 67h)
    r"(?:我|刚才|刚刚)?(?:刚|刚才|刚刚|之前|前面|上次)?(?:问过|问了)(?:一遍|一次)?",
    r"(?:再|重新)(?:确认|核对|核实|核|查|问)(?:一遍|一下|一次|下)",
    r"(?:给|发)(?:个|我)(?:原话|原文|原句)(?:看看|看下)?",  # "…提的啥要求 给个原话" (round 50a)
    r"(?:我)?好(?:对接|联系|衔接|沟通|报送|安排)",
    # why the asker needs the owner, said after the ask ("…谁牵头的 我们镇有个站点选址要协调", round 49c)
    r"(?:我们|咱们?)(?:镇|乡|街道|村|社区|单位|局|这边)(?:里)?(?:有个|有)?[\u4e00-\u9fff]{0,8}?(?:要|需要|得)(?:协调|对接|配合|联系|沟通|衔接)(?:一下|下)?",
    # who wants to know, and what they will do with it (round 47c: "我们县卫健局在问，…全市要覆盖多少人啊，
    # 他们好倒排任务", "标准地出让 怎么解释，要在会上说一下")
    r"(?:我们|咱们?|县里|市里|局里|单位)?[\u4e00-\u9fff]{0,6}?(?:在问|问我|来问|想知道|打电话问)(?:呢)?",
    r"(?:他们|我们|咱们?|我|好)?(?:好|要|得|方便)(?:倒排|排|安排|部署|对标|对表|对账|报|上报|填表|填报|做计划|定计划)"
    r"(?:任务|工期|进度|计划|工作|时间)?(?:表)?",
    r"(?:我|领导)?(?:要|得|想)?(?:在|去)?(?:会上|会议上|大会上|开会时)(?:说|讲|汇报|发言|介绍|解释)(?:一下|下)?",
    r"(?:我看)?(?:口径|提法|说法|表述)(?:好像|似乎|感觉)?(?:不太|不大|不)?(?:一样|一致|相同)",
    # why the asker checks ("…粮食总产量到底多少啊，我这边数对不上", round 51a)
    r"(?:我|我们|咱们?)?(?:这边|这里|手上|手里|表里)?(?:的)?(?:数|数据|数字|口径)(?:好像|老是|总是)?(?:对不上|不一致|有出入|拿不准|不对)",
    r"(?:好像|似乎|感觉|是不是)(?:往下|往上|下|上)调了?",
    r"(?:好像|似乎|感觉|印象中|印象里|我记得|记得|估计|可能|听说)(?:是)?(?:定|订|设|写|弄|搞|说)?得?"
    r"(?:不|挺|很|蛮|比较|太|有点|偏)?(?:高|低|多|少|大|小|快|慢|保守|激进)",
    # a meeting the answer is for (rounds 46a/46c: "明天开会要汇报交通这块，…", "我下午要去开个文旅方面的会")
    r"(?:我)?(?:(?:明天|今天|后天|下午|上午|晚上|等会儿?|一会儿?|待会儿?|马上|下周)(?:上午|下午|晚上)?)?(?:我)?(?:要|得)?(?:去)?"
    r"(?:开(?:个)?(?:[\u4e00-\u9fff]{1,6}?(?:方面|这块)?的)?会|参会)(?:领导)?(?:要|得)?(?:汇报|讲|说|发言|用|问)?"
    # (what the meeting is about, said up to the comma: "明天开会要讲过紧日子，…", round 50c)
    r"(?:[\u4e00-\u9fff]{1,6}?(?:这一?块|那一?块|方面)|(?<=讲|说)[\u4e00-\u9fff]{1,6}(?=[，,]|$))?",
    # what the asker already knows, said between the task and the ask ("…那一条，发改委牵头我知道，
    # 配合的单位都有哪些", round 47b)
    r"[\u4e00-\u9fff]{1,12}?(?:牵头|负责)(?:的)?(?:这个|这)?(?:我|我们)(?:已经)?(?:知道|清楚|晓得)(?:了)?",
    r"谢谢|多谢|感谢|辛苦了?|麻烦了|拜托了?|在线等|急用",
    r"嗯+|呃+|哦+|噢|啊|哈|呀|嘛|啦|吧|呢",
)

# What one word of an ask stands for in the documents' words: either form covers the other.
# (typed family as a pattern, the documents' form) — the second is what the sentence is read for.
# Provenance: the shortfall words are how reports admit a missed target ("增速不及预期",
# "预计低于全年计划", 江西省2024年、赣州市2023年报告) and how staff ask it (没达到 / 完不成).
SAME_MEANING: tuple[tuple[str, str], ...] = (
    # "没达预期" / "未达目标": 达 without 到 before what was expected (round 31a, r31a-032)
    (r"没有?达到|未能?达到|(?:没有?|未能?)达(?=预期|目标|计划|年初)|达不到|完不成|没有?完成|未能?完成|低于|不及", "不及"),
    (r"打(?=[A-Za-z\u4e00-\u9fff]{0,6}疫苗)", "接种"),
    # "推进方案几号前要报上来" / "进展报给督查室" (round 44c): what a notice writes 报送 / 报
    (r"报上来|报给|交上来|上报|报送", "报"),
)


def words_pattern(words: tuple[str, ...]) -> "re.Pattern":
    """One pattern matching any of `words` (each a regex): how the tables above are read. Lazy
    (`core.lazy_re`): built at import, compiled on first use."""
    from core import lazy_re

    return lazy_re.compile("|".join(f"(?:{w})" for w in words))

# The registry's words around a task asked of (who leads it, by when, how far along): never the
# thing asked, so never read as a shortened word of the documents (`answers.abbreviated_words`).
# Provenance: the columns of the plans' tables (牵头领导 / 牵头单位 / 责任单位 / 完成时限) and the
# words staff ask them with in outsider rounds 30b–35b (谁分管 / 哪个部门负责 / 主抓 / 进度).
OWNER_WORDS: tuple[str, ...] = (
    r"哪位", r"领导", r"分管", r"牵头", r"负责", r"主抓", r"责任", r"单位", r"部门", r"配合",
    r"完成时限", r"时限", r"截止", r"进度", r"安排", r"进展", r"任务", r"工作",
)

# Ask words typed by their sound with a pinyin keyboard or voice input: the words of asking,
# never a word the documents print (those are `answers.heard_words`'). Rows: (pattern, the
# word meant, provenance); `core.spoken.standard_asks` reads them before anything else.
ASK_WORD_SLIPS: tuple[tuple[str, str, str], ...] = (
    (r"负则(?=的|吗|吧|呢|[？?]|$)", "负责", "outsider round 67g: “是民政局负则的吧”（fù zé）"),
    (r"(?<=时间|完成|时限|工作)要球", "要求", "outsider round 67c: “时间要球是哪个时候”（yāo qiú）"),
    (r"(?<=[了有共头])机(?=项|条|件)", "几", "outsider round 67g: “一共牵了机项”（jǐ / jī）"),
    (r"那天(?=开的?会|召开|作的|做的|讲的|发的|印发|在[^，,。？?\s]{0,8}会)", "哪天", "outsider rounds 67g, 68h: “那天开的会”, “那天在哪个会上”（nǎ / nà）"),
    (r"(?<=哪个|哪位)付(?=省长|市长|县长|区长)", "副", "outsider round 68h: “哪个付省长督办”（fù）"),
    (r"牵了(?=几项|几个|几条|多少)", "牵头了", "outsider round 67g: “一共牵了机项”（牵头 said short）"),
    (r"(?<=[\u4e00-\u9fff]{2})事(?=(?:啥|什么)\s*[？?]?\s*$)", "是", "outsider round 68d: “时间节点事啥”（shì）"),
    (r"巨体(?=是|指|啥|什么|内容|说|怎么)", "具体", "outsider round 68f: “巨体是啥意思”（jù tǐ）"),
    (r"站(?=全年|年度|目标|总数|比重|比例)", "占", "outsider round 68d: “站全年目标多少”（zhàn）"),
    (r"现再(?=[\u4e00-\u9fff])", "现在", "outsider round 68b: “现再争取到多少了”（zài）"),
    (r"陪合", "配合", "outsider round 68h: “牵头和陪合的都要”（péi / pèi）"),
    (r"(?<=[有是都])那几(?=[项个条件块])", "哪几", "outsider round 68c: “牵头的都有那几项”（nǎ / nà）"),
    (r"哪几快", "哪几块", "outsider round 68g: “牵头的是哪几快”（kuài）"),
    (r"名词注视", "名词注释", "outsider round 68e: “名词注视里有没有”（zhù shì）"),
    # the role words a 责任清单 prints as its labels ("主办：…；协办：…"), asked in those words
    (r"(?<=[局委办厅所站队谁是])主办(?=[的几哪吗吧]|单位|部门|\s|$)", "牵头", "outsider round 69a: “农业农村局主办几项”“谁主办”（清单标注“主办：”）"),
    (r"(?<=[局委办厅所站队谁是])协办(?=[的几哪吗吧]|单位|部门|\s|$)", "配合", "outsider round 69a: “城管局协办 对吧”（清单标注“协办：”）"),
    (r"(?<=[\u4e00-\u9fff])富(?=省长|市长|县长|区长)", "副", "outsider round 68e: “孙富省长牵头的那些”（fù）"),
    (r"时线(?=是|在|哪|啥|几|定)", "时限", "outsider round 68a: “时线是哪天”（xiàn）"),
    (r"按排", "安排", "outsider round 70d: “今年按排了多少个”（ān pái）"),
    (r"(?<=[啥什么])时后", "时候", "outsider round 70b: “啥时后要完成”（hòu）"),
    (r"(?<=[谁哪个单位部门])前头(?=[的吗吧呢？?\s]|$)|前头(?=单位|部门)", "牵头", "outsider round 70b: “谁前头”（qiān tóu）"),
    (r"(?<=[领导谁哪个])分馆", "分管", "outsider rounds 69d, 70b: “哪个领导分馆”（guǎn）"),
    (r"签头", "牵头", "outsider round 70d: “谁签头”（qiān tóu）"),
    (r"(?<=分管|牵头|责任|联系)领到", "领导", "outsider round 70d: “分管领到是谁”（lǐng dǎo）"),
)
