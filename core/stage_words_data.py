"""Words a report uses for the stage a project is to reach in the year ("年内完成主体工程",
"秋季开学前建成投用", "完成桩基施工"), as data with where each came from. A stage asked
("X今年要干到啥程度") is answered by the clause naming the project with one of these
(`answers.stage_asks`); a clause of the same project that only gives its investment is no
stage. Rows: (word, provenance). Add construction milestones, not phrasings of questions."""
from __future__ import annotations

STAGE_WORDS: tuple[tuple[str, str], ...] = (
    ("主体工程", "工程形象进度：主体工程完工（重点项目年度计划）"),
    ("主体结构", "工程形象进度：主体结构封顶"),
    ("主体完工", "同上"),
    ("封顶", "房建节点：主体封顶"),
    ("桩基", "基础施工节点：完成桩基施工"),
    ("基础施工", "基础施工节点"),
    ("前期工作", "项目前期：完成前期工作（可研、立项、用地）"),
    ("开工", "开工节点：新开工、开工建设"),
    ("竣工", "竣工验收节点"),
    ("完工", "完工节点"),
    ("建成", "建成节点：建成投用、建成通车、基本建成"),
    ("投用", "交付使用节点：建成投用"),
    ("投入使用", "交付使用节点"),
    ("交付", "交付节点：交付使用、交付到户"),
    ("投产", "工业项目节点：建成投产"),
    ("通车", "交通项目节点：建成通车"),
    ("试运行", "设施节点：试运行"),
    ("验收", "验收节点"),
    ("开业", "商业、医疗项目节点：开业运营"),
)

# Milestones a question asks of a project ("什么时候通航", "今年开工吗", "哪年建成"): the stage
# words above and the ones said of opening a facility to use. Read by `answers.milestone_asks`:
# an answer that names the project at another stage only (推进前期工作) does not say when it
# reaches this one. Rows: (word, provenance).
MILESTONES_ASKED: tuple[tuple[str, str], ...] = (
    *((w, why) for w, why in STAGE_WORDS if w != "前期工作"),
    ("通航", "机场、航道节点：建成通航"),
    ("开通", "线路节点：开通运营"),
    ("通水", "水利项目节点：建成通水"),
    ("并网", "电源项目节点：并网发电"),
    ("运营", "设施节点：开通运营、投入运营"),
)
