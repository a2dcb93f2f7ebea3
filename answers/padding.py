"""What staff say around a question that is no part of it: who they are, where they read a
claim, what the answer is for.

"您好，我是县里督查室的，第一次看省里的报告。请问…" / "我看到有材料说X，是这个数吗" /
"…是多少？这个要列进督办清单" / "…目标是多少，督查要对账" / "…多少个？给我原文数字" /
"文号是，是多少来着". Read by the role of the words, not by phrase: a sentence before the
question that asks nothing and speaks of the asker (我/您好), the frame that reports a claim
(我看到…说 / 听说), a clause after the question that asks nothing and says what the answer is
for (督办/对账/清单/汇报…), a request for the quoted sentence (原文/原话/具体表述: every answer
already quotes it), and a word of speech said twice over a pause. None of them is a subject to
look for; left in, their words are searched for and the question is refused.
"""
from __future__ import annotations

from core import lazy_re as re

from core.places import place_alternation

# anything that asks: a sentence holding one is the question or part of it
_ASKS = re.compile(r"多少|几|什么|啥|哪|谁|吗|吧|么|呢|是不是|是否|有没有|有无|对不对|怎么|如何|[？?]|\d|(?<=[\u4e00-\u9fff])没(?:有)?\s*$")
# a sentence about the asker: first person, a greeting, an apology for disturbing
_ABOUT_ASKER = re.compile(r"我|您好|你好|大家好|领导好|老师好|打扰|不好意思|初来乍到|新来的|第一次|头一回")
# "我看到有材料说…" / "听说…" / "有人说…": a frame that reports the claim which follows
_CLAIM_FRAME = re.compile(
    r"^(?:我|我们)?(?:之前|刚才|刚|前几天|昨天)?(?:在[^\d，,。？?：:]{1,6}?)?(?:看到|看见|见到|听到|听说|听人说|记得|印象中|印象里|了解到|注意到|据说|有人说)"
    r"(?:有|一份|一个|个|某)?(?:材料|文件|资料|报道|新闻|同事|领导|消息|网上|群里|说法|稿子|简报)?(?:上|里|中)?"
    r"(?:说|讲|写|写着|写的|提到|称)?(?:的是)?[，,：:\s]*")
# "…目标，我记得是10%" / "我印象中是15个": the asker's memory, said before the figure offered
# ("我印象是三千公里" / "我记着是5%": the memory said without 中/里, round 26a)
_MY_MEMORY = re.compile(r"(?:我|我们)(?:好像|似乎|大概)?(?:记得|记着|印象中|印象里|印象|听说|看到的|看到)(?:的)?(?=是|定|有|要|\d)")
# a unit or a place named by the asker: the subject of "我们牵头哪些" / "我市…", never padding
_NAMES_WHO = re.compile(r"[\u4e00-\u9fff]{1,8}(?:厅|局|委|署)(?![\u4e00-\u9fff]{0,2}室)|" + place_alternation())
# a sentence about the asker that names the document the question is about ("我刚到督查室，对
# 江西省2022年政府工作报告还不熟。"): its place and year are the question's, the rest is padding
_DOC_NAMED = re.compile(r"报告|分工方案|方案")
_PLACE_OR_YEAR = re.compile(r"(?:19|20)\d{2}\s*年|" + place_alternation())
# the question's pointers back to that year ("那一年全省…"): the year is said already
_THAT_YEAR = re.compile(r"那一年|那年|该年|当年")
# what the answer is for, said after the question: the asker's work, not the subject
_PURPOSE = re.compile(r"督查|督办|对账|清单|汇报|报送|备案|存档|核对|交差|报上去|写材料|写进|列进|列入|要用|急用|备用|参考一下|开会用|"
                      # "…帮我核一下" / "我在对比这两年的任务量" / "我要在督查通报里引用" / "全称给我一下"
                      # "…是谁作的 材料里要写上" / "…写亮点用" (round 61d): where the answer goes
                      r"(?:材料|稿子|讲话稿|总结|简报)(?:里|上|中)?(?:要|得)?(?:写|用)(?:上|进|到)?|写(?:亮点|总结|稿子|简报)用?|"
                      r"(?:领导)?要(?:个)?数|报(?:个)?数|"
                      r"核(?:一)?下|核实|引用|我(?:在|要|想)?(?:对比|比对|比较)|(?:给|发|告诉)我(?:一)?下|"
                      # "…旅游综合收入多少 要跟省里对比用" (round 61e): what the answer is compared with
                      r"(?:要|好|得|想)?(?:跟|和|与)[\u4e00-\u9fff]{1,6}?(?:对比|比较|比对)(?:一下|下)?用?$|"
                      # "…多少 全省的我已经有了" (round 70f): what the asker has already, set aside
                      r"[\u4e00-\u9fff]{1,6}?的(?:我|我们)?(?:已经|都)?(?:有了|知道了?|查到了|查过了|找到了)$|"
                      # "…怎么解释的 明天开会要讲" (round 60c)
                      r"(?:明天|后天|下午|上午|晚上|等会儿?|待会儿?|一会儿?)?开会(?:要|得|时)?(?:讲|用|说|汇报)|"
                      # "沣e办是个啥 新来的同事问" (round 59h): who wanted to know, said after
                      r"(?:新来的|刚来的)?(?:同事|领导|局长|主任|科长)(?:在|要|刚才|刚刚)?问(?:的|我的|起)?$|"
                      # "啥叫链长制 有代表问" / "…多少 商务厅要填表" / "…领导明天要去街道看" (batch 67):
                      # who asked, the form it goes in, the visit it is for
                      r"(?:有)?(?:人大|政协)?(?:代表|委员)(?:在)?问(?:的|我的|起|过)?$|"
                      # "川e办是个啥 有人问" (round 69c)
                      r"有(?:人|群众|企业|记者|朋友)(?:在)?问(?:的|我的|起|过)?$|填(?:个)?(?:表|报表|进度|台账)$|"
                      r"(?:要|得)(?:对比|比较|比对)(?:一下)?$|(?:要|得)(?:去|到|下)[\u4e00-\u9fff]{1,6}?(?:看看?|调研|检查|督查)$|"
                      # "…增长多少 报告正文里没翻着" (round 68b): where the asker looked in vain
                      r"(?:报告|文件|方案|表)?(?:正文|原文|里面)?(?:里|中|上)?(?:没|没有|找不)(?:翻|找|看|查)(?:着|到|见)(?:啊|呢)?$|"
                      r"(?:报告|文件)?(?:里|中|上)?(?:光|只)(?:说|写|讲)(?:了)?[\u4e00-\u9fff]{2,16}$|"
                      # "…都有哪几项 周一例会要过一遍" / "…是啥 简单说下" (round 68c)
                      r"(?:周[一二三四五六日天]|明天|下午|上午)?(?:的)?(?:例会|调度会|碰头会|办公会)(?:上)?(?:要|得)?(?:过|用|讲|汇报|说)(?:一遍|一下)?$|"
                      r"简单(?:说|讲|介绍)(?:一)?下|说简单点|简单讲讲|"
                      # "…这个数对吧 我写建议想直接用" / "…对吗 建议里要写" / "…想放一起比" (round 69b):
                      # the proposal, the comparison the answer goes into
                      r"(?:我)?(?:在)?(?:写|做|拟)(?:个)?(?:建议|提案|议案|材料|稿子|报告)(?:里|中)?(?:想|要|得)?(?:直接)?(?:用|引用|写上?)?$|"
                      r"(?:建议|提案|议案)(?:里|中|上)?(?:要|得|想)?(?:写|用|引用)(?:上|进去)?$|"
                      r"(?:想|要)(?:放)?(?:一起|在一起|放一起)?(?:比|对比|比较|比一比)(?:一下)?$|"
                      # "三类县是哪三类 二二年报告后面有解释的" (round 68f): where the asker saw it explained
                      r"(?:报告)?(?:后面|最后|末尾|文末|附后)(?:有|附)(?:个|了)?(?:解释|注释|名词解释)(?:的)?$")
# the occasion said before the question, asking nothing: "给领导报个数 …" / "发文要引用 …" /
# "翻旧账哈，…" / "明天开会用 …" (rounds 59a, 59g): no word of the subject
_OCCASION = re.compile(r"给领导|领导要|领导让|领导问|报领导|向领导|开会|报个数|报数|写材料|材料要|汇报|翻旧账|引用|发文|写稿|^急|急用|"

                       # "要在公文里引用一下 …文号是多少" (round 59c): the remark cut, the place it is for stays
                       r"^要?在(?:公文|材料|稿子|讲话稿|通报)(?:里|中|上)?$")
# who asked the asker, said first: "上次会上领导问到今年…" — the frame of the question, not its subject
_ASKED_FRAME = re.compile(r"^(?:上次|刚才|昨天|今天|前天|之前|前几天)?(?:在)?(?:会上|开会(?:时|的时候)?)?"
                          r"(?:领导|上级|上面|局长|主任|市长|县长|区长|书记|同事)(?:在会上)?(?:问到|问起|问了|问|提到|要)(?:了)?\s*[，,：:]?\s*|"
                          # "科技局问研发投入强度今年目标是多少" (round 59h): a bureau asking through the asker
                          r"^[\u4e00-\u9fff]{1,6}?(?:局|委|厅|办)(?:的人|的同志|那边|领导)?(?:问到|问起|问了|问)(?![的题])\s*[，,：:]?\s*")
# "给我原文数字" / "引用原文" / "原文怎么写的" / "原话" / "具体表述": the quoted sentence asked for
# beside the figure. A clause is such a request when it names the quote (_QUOTE_NOUN) and
# nothing is left once the words of requesting and of how a text says it are gone.
_QUOTE_NOUN = re.compile(r"原文|原话|原句|原表述|具体表述|具体说法|出处|引文")
_QUOTE_WORDS = re.compile(
    r"原文|原话|原句|原表述|具体表述|具体说法|出处|引文|引用|请|麻烦|帮我|帮忙|给我|给|发我|要|附上|附|贴|带上|带|"
    r"报告|文件|里面|里|中|上|的|是|怎么|如何|写|说|讲|表述|什么|啥|一下|下|数字|数据|数|句|出来|也|并|和|及|吧|呢|啊|"
    # "两个原文数字都给我": the quotes of every part asked
    r"[两二三几各]个|都|全部|一起|分别|各自|[“”\"\s]")
# the same request run on after the figure without a pause: "…多少个给我原文数字"
_QUOTE_TAIL = re.compile(r"(?<=[\u4e00-\u9fff%？?])(?:并|请|麻烦)?(?:给我|发我|附上|附|贴(?:一下|下)?|带上|引用)(?:一下|下)?"
                         r"(?:报告|文件)?的?(?:原文|原话|原句|具体表述)(?:数字|数据)?\s*[。.!！]?\s*$")
# "文号是，是多少来着" / "那个，那个南昌": a word of speech said again after a pause is said once
_STUTTER = re.compile(r"(就是|那个|这个|是|那|这|就)(?:[，,、\s…]|\.{2,})+\1(?=[\u4e00-\u9fff])")
# a person guessed after a question asking who: "是沈市长吗" / "是不是王局长" (round 61d)
_NAME_GUESS = re.compile(r"(?:是不是|是|不是)\s*[\u4e00-\u9fff]{1,3}(?:市长|县长|区长|省长|书记|局长|主任|同志|副市长|副县长|副区长|副省长)(?:吗|吧|呢|啊)?")
_WHO_ASKED = re.compile(r"谁|哪个|哪位|哪一位")
_SENTENCE_END = re.compile(r"(?<=[。！!；;])")
# (a pause typed as a space by voice input ends a clause too: "…多少公里 你帮我核对一下")
_CLAUSE = re.compile(r"[，,。；;？?！!]|(?<=[\u4e00-\u9fff%])\s+(?=[\u4e00-\u9fff])")


# the occasion said first by voice, with no pause before the question: "写材料用去年全区gdp…" /
# "明天开会要用去年办了多少件…" (round 61g)
_GLUED_OCCASION = re.compile(r"^(?:(?:明天|后天|下午|上午|晚上|等会儿?|待会儿?)?(?:开会|写材料|写稿子?|汇报|报领导|给领导报数)(?:要|得)?用|急用)"
                             r"(?=[\u4e00-\u9fff\d]{4})")


_UNIT_FIRST = re.compile(r"^(?:我们|咱们?)?([\u4e00-\u9fff]{1,6}(?:厅|局|委))\s+(\S.*)$")
_OWNING = re.compile(r"牵头|负责|配合|参与|分管|承担|任务|几项|哪些|哪几|工作|谁|单位|部门|领导|算|角色|我们|咱")


# someone asking for a thing to be sent on: "王主任让把X发他", "领导叫我把X报给他"
_SEND_FRAME = re.compile(r"^\s*(?:[\u4e00-\u9fff]{0,3}(?:主任|处长|科长|局长|厅长|部长|书记|秘书长|领导|老师|总)|[\u4e00-\u9fff](?:处|科|局|总))"
                         r"(?:刚才|刚刚)?(?:让|叫|要)(?:我)?(?:把|将)(?P<what>[^，,。？?]{2,40}?)(?:发|给|报|送|转|整理)(?:给|到)?"
                         r"(?:他|她|领导|过去|上去|一下|一份)*(?=[\s，,。]|$)")


# a forwarded instruction to someone else ("商务局报送的任务进度请督查科跟进", round 69c)
_FORWARDED = re.compile(r"请[\u4e00-\u9fff]{1,6}?(?:跟进|督办|落实|核实|办理|处理|关注|盯紧|盯一下)")


def drop_padding(text: str) -> str:
    """The question without the sentences about the asker before it, the frame of a reported
    claim, and the clauses after it about what the answer is for. Nothing is dropped when
    what would be left asks nothing."""
    # "【办公室群】…" (round 69c): where a forwarded message came from, no word of it
    t = re.sub(r"^\s*【[^】]{1,12}】\s*", "", (text or "").strip())
    t = _GLUED_OCCASION.sub("", _STUTTER.sub(r"\1", t), count=1)
    kept = _leading(t)
    kept = _CLAIM_FRAME.sub("", kept, count=1) if _CLAIM_FRAME.match(kept) and len(_CLAIM_FRAME.sub("", kept, count=1)) >= 4 else kept
    kept = _ASKED_FRAME.sub("", kept, count=1) if _ASKED_FRAME.match(kept) and len(_ASKED_FRAME.sub("", kept, count=1)) >= 4 else kept
    kept = _trailing(kept)
    # "工信厅 24年报告那个1269行动计划 12 6 9分别指啥" (round 67e): the asker's department said
    # first, apart, before a question that asks nothing of any unit's tasks
    first = _UNIT_FIRST.match(kept)
    if first and not _OWNING.search(first.group(2)) and len(first.group(2)) >= 6:
        kept = first.group(2)
    kept = _MY_MEMORY.sub("", kept)
    # "王主任让把今年报告的会议名称和日期发他 帮我看下是哪天" (round 69c): what is to be sent is asked
    kept = _SEND_FRAME.sub(r"\g<what> ", kept, count=1).strip()
    return kept if _ASKS.search(kept) and len(kept) >= 4 else t


def _leading(text: str) -> str:
    """Sentences, then clauses, before the question that ask nothing and speak of the asker."""
    # (a pause typed as a space by voice input parts the occasion from the question too)
    for stops in (r"(?<=[。！!；;])", r"(?<=[。！!；;，,：:])", r"(?<=[。！!；;，,：:])|(?<=[\u4e00-\u9fff])(?=\s+[\u4e00-\u9fff\d])"):
        pieces = [p for p in re.split(stops, text) if p]
        while len(pieces) > 1:
            head = pieces[0].strip()
            said = _document_said(head)
            if said:
                # "对江西省2022年政府工作报告还不熟。那一年…": the document's place and year stay
                pieces = [said + " " + _THAT_YEAR.sub("", "".join(pieces[1:]).strip(), count=1)]
                break
            from answers.topic_clauses import names_subject  # "我们X那条路，…": X is asked about

            if _FORWARDED.search(head) and not re.search(r"多少|几|哪|谁|吗|什么|啥", head):
                pieces.pop(0)  # "…任务进度请督查科跟进": an instruction passed on, the question follows
                continue
            about = _ABOUT_ASKER.search(re.sub(r"我(?:们)?(?:省|市|县|区)", "", head)) or _OCCASION.search(head)
            if _ASKS.search(head) or not about or _NAMES_WHO.search(head) or names_subject(head):
                # "我是发改委的，…" / "我是南昌的，…": who asks says what 我们/我市 means: kept
                break
            pieces.pop(0)
        text = "".join(pieces).strip()
    return text


def _document_said(head: str) -> str:
    """"我刚调来，对江西省2022年政府工作报告还不熟。" → "江西省2022年": a sentence about the asker
    that asks nothing but names a document, reduced to the place and year it names."""
    if not head.endswith(("。", "！", "!")) or not _DOC_NAMED.search(head):
        return ""
    if re.search(r"[？?]|多少|几|什么|啥|哪|谁|吗|是不是|是否|有没有", head) or not _ABOUT_ASKER.search(head):
        return ""
    return "".join(m.group(0) for m in _PLACE_OR_YEAR.finditer(head))


def drop_purpose_tail(text: str) -> str:
    """`text` without the clauses after its last ask that say what the answer is for; as typed
    when what would be left asks nothing."""
    kept = _trailing(text or "")
    return kept if _ASKS.search(kept) and len(kept) >= 4 else text


def _trailing(text: str) -> str:
    """Clauses after the last one that asks, when they ask nothing and say what the answer is for."""
    bounds = [m.end() for m in _CLAUSE.finditer(text)]
    cut = len(text)
    for end in reversed(bounds):
        if end >= cut:
            continue
        tail = text[end:cut].strip(" ，,。；;？?！!")
        if not tail:
            cut = end
            continue
        if _NAME_GUESS.fullmatch(tail) and _WHO_ASKED.search(text[:end]):
            cut = end  # "…是哪个市长作的 是沈市长吗": the guess; the answer names who it was
            continue
        if not quote_request(tail) and (_ASKS.search(tail) or not _PURPOSE.search(tail)):
            break
        cut = end
    out = _QUOTE_TAIL.sub("", text[:cut]).rstrip(" ，,；;")
    return out if out else text


def quote_request(clause: str) -> bool:
    """"给我原文数字" / "引用原文" / "原文怎么写的": a clause that asks for the quoted sentence and
    names nothing else (every answer quotes its sentence already)."""
    return bool(_QUOTE_NOUN.search(clause)) and not _QUOTE_WORDS.sub("", clause)
