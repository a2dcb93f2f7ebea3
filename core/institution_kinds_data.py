"""Institutions as staff say them and as documents print them, as data with where each came from.

One row per kind: (the kind as said, the names documents print for it, commonest first,
provenance). `{n}` stands for a Chinese ordinal numeral (一 … 十二): "市二院" is said for
市第二人民医院 (or, in a city that names it so, 市第二医院), "三实小" for 第三实验小学, "附二院" for
第二附属医院. A row without `{n}` is a short form of a kind's name (中医院 for 中医医院, 妇保院
for 妇幼保健院). Which printed form is meant is read in the documents
(`answers.local_names`): the form they print after the same qualifier ("县办中医院" → 县办中医
医院 where the report prints that, "洪都中医院" kept where it prints that), else the first.
Nothing here names a question of a test set or one city's institution; add rows for kinds.
"""
from __future__ import annotations

INSTITUTION_KINDS: tuple[tuple[str, tuple[str, ...], str], ...] = (
    # schools (教育部门、学校自称的常用简称)
    ("{n}实小", ("第{n}实验小学",), "学校简称：实验小学称实小（三实小 = 第三实验小学）"),
    ("{n}实中", ("第{n}实验中学",), "学校简称：实验中学称实中"),
    ("{n}职中", ("第{n}职业中学",), "学校简称：职业中学称职中"),
    ("{n}高", ("第{n}高级中学",), "学校简称：第三高级中学称三高（县三高，round 61b）"),
    ("职院", ("职业技术学院", "职业学院"), "高校简称：职业技术学院称职院（沄川职院，round 61h）"),
    ("{n}小", ("第{n}小学",), "学校简称：第一小学称一小"),
    ("{n}中", ("第{n}中学",), "学校简称：第一中学称一中"),
    ("{n}幼", ("第{n}幼儿园",), "学校简称：第二幼儿园称二幼"),
    ("{n}水厂", ("第{n}水厂",), "供水设施简称：第二水厂称二水厂（round 47d）"),
    # hospitals (卫生健康部门、群众的常用简称)
    ("附{n}院", ("第{n}附属医院",), "医院简称：大学第二附属医院称附二院"),
    ("{n}院", ("第{n}人民医院", "第{n}医院"), "医院简称：市第二人民医院称市二院；有的城市医院名为第一医院"),
    ("中医院", ("中医医院", "中医院"), "医院名称：县级中医医院常简称中医院，两种写法都见于政府工作报告"),
    ("妇保院", ("妇幼保健院",), "医院简称：妇幼保健院称妇保院"),
    ("人医", ("人民医院",), "医院简称：省人民医院称省人医"),
)

# Kinds of named bodies and places staff call by a short form of the printed name: the stem's
# characters kept in order, the rest dropped ("城投集团" for 城市发展投资集团, "交投集团" for 交通
# 投资集团, "长亭机场" for 临澜长亭国际机场). (the kind word the name ends with, provenance). Which
# printed name is meant is read in the documents (`answers.short_names`); no name is listed here.
SHORT_NAME_KINDS: tuple[tuple[str, str], ...] = (
    ("集团", "国有企业简称惯例：取全称中各词的首字（城市发展投资集团称城投集团，交通投资集团称交投集团）"),
    ("公司", "企业简称惯例：同上（城市建设投资有限公司称城投公司）"),
    ("机场", "机场简称惯例：省去城市名和“国际”（临澜长亭国际机场称长亭机场；昌北国际机场称昌北机场）"),
    ("港", "港口简称惯例：省去“国际”“集装箱”等（某某国际港称某某港）"),
)
