"""Wording of the registry answers read from staff's own phrasing (answers/unit_roles.py)."""

# "X牵头的和参与的分开说": the half that is empty, said plainly
UNIT_ROLE_NONE = "{unit}没有{role_word}的任务。"
# "发改牵头的有哪些" where the stem fits several units of the tables: which one is meant
CLARIFY_UNIT = "“{stem}”可能指以下单位：{units}。请说明是哪一个，例如：“{example}牵头哪些任务”。"
# "殷美银牵头的…": a leader's name one character off, read as the table's leader
LEADER_READ_AS = "（分工方案中没有“{typed}”，按牵头领导“{leader}”理解。）"
# "兰汽二期那条谁牵头": a piece of a task's name typed by its sound, read as the table writes it
TASK_WORD_READ_AS = "（分工方案中没有“{typed}”，按同音的“{read}”理解。）"
# "叶建春省长在分工方案里牵头哪几条": a person the tables give no task to, and who their leaders are
NONE_LEADS_NO_TASK = "分工方案中没有{name}牵头的任务：{name}不是{plans}列出的牵头领导。"
PLAN_LEADERS = "该方案的牵头领导是：{leaders}。"
# "秦毅同志牵头哪几项": a leader's name typed by its sound, read as the one leader who sounds the same
LEADER_SOUND_READ_AS = "（分工方案中没有“{typed}”，按同音的牵头领导“{leader}”理解。）"
# "省审计厅在分工方案里牵头哪几项" where the unit leads no task: said plainly, never the table's count
NONE_UNIT_LEADS_NO_TASK = "{plans}中，{unit}没有牵头的任务。"
UNIT_NOT_IN_PLAN = "（方案中没有出现“{unit}”。）"
UNIT_ONLY_CO_HEAD = "{unit}作为责任单位（配合）参与的任务共{count}项："
# "环保厅管吗" / "经信委牵头的？": a unit typed by its name of before the 2018 reform, read as the present body
UNIT_RENAMED = "（{old}现为{present}，按{present}查。）"
# "省人访办牵头啥任务": a unit's short name typed by its sound, read as the tables' unit
UNIT_SOUND_READ_AS = "（分工方案中没有“{typed}”，按同音的“{unit}”理解。）"
