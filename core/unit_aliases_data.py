"""Curated unit data: short forms staff type, and the members of collective units.

Rules in `core.unit_names` already derive most aliases (drop the region prefix, drop 和, 委员会→委,
人民政府→政府). What no rule can derive lives here, as plain data an admin can read:

- `SHORT_FORMS`: groups of bodies that are the same department, written without any region
  prefix and in normalised form (no 和, 委员会→委). A unit whose body is in a group gets every
  member of the group as an alias, both bare (发改委) and with its prefix (省发改委).
- `SUBDIVISIONS`: the prefecture-level cities (设区市) of a province, so that the collective
  "各设区市政府" in a plan of that province expands to each city government.
- `COLLECTIVE_PATTERNS`: which collective names mean "every 设区市 government".

Admins extend aliases at run time with `ducha unit alias 短名 全称` (stored in the database).
"""
from __future__ import annotations

SHORT_FORMS: list[list[str]] = [
    # the bare two-character forms ("发改在分工里牵头几项", round 66h) are no words of a task's text
    ["发展改革委", "发改委", "发展改革局", "发改局", "发改"],
    ["工业信息化厅", "工信厅"],
    ["工业信息化局", "工信局", "工信"],
    ["人力资源社会保障厅", "人社厅"],
    ["人力资源社会保障局", "人社局", "人社"],
    ["住房城乡建设厅", "住建厅"],
    ["住房城乡建设局", "住建局", "住建"],
    ["卫生健康委", "卫健委", "卫生健康局", "卫健局", "卫健"],  # a county's 卫生健康局 is what staff still call 卫健委
    ["文化旅游厅", "文旅厅"],
    ["文化广电新闻出版旅游局", "文化旅游局", "文旅局", "文广新旅局"],
    ["文化广电和旅游局", "文化广电旅游局", "文广旅局", "文旅局"],  # staff say 文旅局 (round 65b)
    ["市场监管局", "市场监督管理局", "市监局"],
    ["金融监管局", "地方金融监管局", "地方金融监督管理局", "金融监督管理局", "金融办"],
    ["生态环境厅", "环保厅", "生态厅"],
    ["生态环境局", "环保局"],
    ["农业农村厅", "农业厅", "农农厅"],
    ["农业农村局", "农业局"],
    ["交通运输厅", "交通厅", "交运厅"],
    ["交通运输局", "交通局"],
    ["自然资源厅", "国土厅", "自资厅"],
    ["自然资源局", "国土局", "自然资源规划局"],
    ["科技厅", "科学技术厅"],
    ["科技局", "科学技术局"],
    ["教育体育局", "教体局", "教育局", "教体"],  # a county's merged bureau, still called 教育局 by staff
    ["城市管理局", "城管局", "城市管理综合行政执法局", "城市管理综合执法局"],
    ["应急厅", "应急管理厅"],
    ["应急局", "应急管理局"],
    ["退役军人事务厅", "退役军人厅", "退役军人事务局"],
    ["国资委", "国有资产监督管理委", "国有资产监管委"],
    ["医保局", "医疗保障局"],
    ["中医药局", "中医药管理局"],
    ["广电局", "广播电视局"],
    ["政务服务办", "政务办", "政务服务管理办", "政务服务数据管理局"],
    ["外办", "外事办", "外事办公"],
    ["人防办", "人民防空办"],
    ["民宗局", "民族宗教事务局", "民族宗教局"],
    ["机关事务管理局", "管局", "机关事务局"],
    ["政府台办", "台办", "台湾事务办"],
    ["政府侨办", "侨办", "侨务办"],
    ["政府信访局", "信访局"],
    ["通信管理局", "通管局"],
    ["统计局"],
    ["林业局"],
    ["总工会", "工会"],
    ["妇联", "妇女联合会"],
    ["残联", "残疾人联合会"],
    ["工商联", "工商业联合会"],
    ["农科院", "农业科学院"],
    ["供销社", "供销合作社", "供销联社"],
    ["编办", "机构编制委办", "编委办"],
    ["银保监局", "银保监"],
    ["证监局", "证监"],
    # a development zone's bureaus, as staff there say them (round 68c/68d: 招商服务局 is "招商局")
    ["招商服务局", "招商局"],
    ["经济发展局", "经发局"],
    ["科技创新局", "科创局"],
    ["规划建设局", "规建局"],
    ["社会事业局", "社事局"],
    ["财政金融局", "财金局"],
]

# Prefecture-level cities per province (as printed in plans: "南昌市政府").
# a development zone's short name inside a unit's name, as staff type it ("经开区管委会" for
# 青梧经济开发区管委会, "高新区管委会" for 高新技术产业开发区管委会, round 59b)
ZONE_SHORT_FORMS: tuple[tuple[str, str], ...] = (
    ("经济技术开发区", "经开区"),
    ("经济开发区", "经开区"),
    # a zone's committee said by its kind alone ("开发区管委会牵头的有几项", round 64b)
    ("经济技术开发区管委会", "开发区管委会"),
    ("经济开发区管委会", "开发区管委会"),
    ("高新技术产业开发区", "高新区"),
    ("高新技术开发区", "高新区"),
    ("综合保税区", "综保区"),
)

SUBDIVISIONS: dict[str, list[str]] = {
    "江西省": ["南昌市", "九江市", "景德镇市", "萍乡市", "新余市", "鹰潭市", "赣州市", "宜春市", "上饶市", "吉安市", "抚州市"],
}

# Collective names (normalised: 人民政府→政府) that stand for every 设区市 government.
COLLECTIVE_PATTERNS: list[str] = [
    r"^各设区市政府$",
    r"^各设区市$",
    r"^各市政府$",
    r"^各地市政府$",
]
