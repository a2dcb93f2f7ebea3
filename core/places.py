"""Province- and prefecture-level place names, to tell which region a text is about
when it has no title ("我市…赣州…"). Data only; short names without 省/市 suffix."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

# Full province-level names and the short form used in running text.
PROVINCES: dict[str, str] = {
    "北京": "北京市", "天津": "天津市", "上海": "上海市", "重庆": "重庆市",
    "河北": "河北省", "山西": "山西省", "辽宁": "辽宁省", "吉林": "吉林省", "黑龙江": "黑龙江省",
    "江苏": "江苏省", "浙江": "浙江省", "安徽": "安徽省", "福建": "福建省", "江西": "江西省",
    "山东": "山东省", "河南": "河南省", "湖北": "湖北省", "湖南": "湖南省", "广东": "广东省",
    "海南": "海南省", "四川": "四川省", "贵州": "贵州省", "云南": "云南省", "陕西": "陕西省",
    "甘肃": "甘肃省", "青海": "青海省", "台湾": "台湾省",
    "内蒙古": "内蒙古自治区", "广西": "广西壮族自治区", "西藏": "西藏自治区",
    "宁夏": "宁夏回族自治区", "新疆": "新疆维吾尔自治区",
}

# Prefecture-level cities by province short name.
_CITIES = {
    "河北": "石家庄 唐山 秦皇岛 邯郸 邢台 保定 张家口 承德 沧州 廊坊 衡水",
    "山西": "太原 大同 阳泉 长治 晋城 朔州 晋中 运城 忻州 临汾 吕梁",
    "内蒙古": "呼和浩特 包头 乌海 赤峰 通辽 鄂尔多斯 呼伦贝尔 巴彦淖尔 乌兰察布",
    "辽宁": "沈阳 大连 鞍山 抚顺 本溪 丹东 锦州 营口 阜新 辽阳 盘锦 铁岭 朝阳 葫芦岛",
    "吉林": "长春 四平 辽源 通化 白山 松原 白城",
    "黑龙江": "哈尔滨 齐齐哈尔 鸡西 鹤岗 双鸭山 大庆 伊春 佳木斯 七台河 牡丹江 黑河 绥化",
    "江苏": "南京 无锡 徐州 常州 苏州 南通 连云港 淮安 盐城 扬州 镇江 泰州 宿迁",
    "浙江": "杭州 宁波 温州 嘉兴 湖州 绍兴 金华 衢州 舟山 台州 丽水",
    "安徽": "合肥 芜湖 蚌埠 淮南 马鞍山 淮北 铜陵 安庆 黄山 滁州 阜阳 宿州 六安 亳州 池州 宣城",
    "福建": "福州 厦门 莆田 三明 泉州 漳州 南平 龙岩 宁德",
    "江西": "南昌 景德镇 萍乡 九江 新余 鹰潭 赣州 吉安 宜春 抚州 上饶",
    "山东": "济南 青岛 淄博 枣庄 东营 烟台 潍坊 济宁 泰安 威海 日照 临沂 德州 聊城 滨州 菏泽",
    "河南": "郑州 开封 洛阳 平顶山 安阳 鹤壁 新乡 焦作 濮阳 许昌 漯河 三门峡 南阳 商丘 信阳 周口 驻马店 济源",
    "湖北": "武汉 黄石 十堰 宜昌 襄阳 鄂州 荆门 孝感 荆州 黄冈 咸宁 随州",
    "湖南": "长沙 株洲 湘潭 衡阳 邵阳 岳阳 常德 张家界 益阳 郴州 永州 怀化 娄底",
    "广东": "广州 韶关 深圳 珠海 汕头 佛山 江门 湛江 茂名 肇庆 惠州 梅州 汕尾 河源 阳江 清远 东莞 中山 潮州 揭阳 云浮",
    "广西": "南宁 柳州 桂林 梧州 北海 防城港 钦州 贵港 玉林 百色 贺州 河池 来宾 崇左",
    "海南": "海口 三亚 三沙 儋州",
    "四川": "成都 自贡 攀枝花 泸州 德阳 绵阳 广元 遂宁 内江 乐山 南充 眉山 宜宾 广安 达州 雅安 巴中 资阳",
    "贵州": "贵阳 六盘水 遵义 安顺 毕节 铜仁",
    "云南": "昆明 曲靖 玉溪 保山 昭通 丽江 普洱 临沧",
    "西藏": "拉萨 日喀则 昌都 林芝 山南 那曲",
    "陕西": "西安 铜川 宝鸡 咸阳 渭南 延安 汉中 榆林 安康 商洛",
    "甘肃": "兰州 嘉峪关 金昌 白银 天水 武威 张掖 平凉 酒泉 庆阳 定西 陇南",
    "青海": "西宁 海东",
    "宁夏": "银川 石嘴山 吴忠 固原 中卫",
    "新疆": "乌鲁木齐 克拉玛依 吐鲁番 哈密",
}

# short city name -> (full name, province full name)
CITIES: dict[str, tuple[str, str]] = {
    city: (city + "市", PROVINCES[prov]) for prov, names in _CITIES.items() for city in names.split()
}


def full_name(short: str) -> str | None:
    """"南昌" -> "南昌市", "江西" -> "江西省"; None when unknown."""
    short = short.strip()
    if short in PROVINCES:
        return PROVINCES[short]
    if short in CITIES:
        return CITIES[short][0]
    for full in PROVINCES.values():
        if short == full:
            return full
    for full, _ in CITIES.values():
        if short == full:
            return full
    return None


def is_province(name: str | None) -> bool:
    """A province-level region by its full name ("江西省", "广西壮族自治区"), or by its level word
    when the name is none of the known ones (a document's "青澜省" is a province all the same)."""
    return bool(name) and (name in _PROVINCE_NAMES or (len(name) >= 3 and name.endswith(("省", "自治区"))
                                                        and not name.endswith("特别行政区")))


_PROVINCE_NAMES = frozenset(PROVINCES.values())


# Other names of a place used in official and press writing (别称/简称), as data with where each
# comes from. A nickname is read as the place only where grammar makes it the region of the
# question (answers.regions.read_nicknames): "洪城24年GDP" is 南昌, "洪城大市场" is a market.
# (nickname, short place name, provenance)
NICKNAMES: tuple[tuple[str, str, str], ...] = (
    # provinces: 简称 and the names of their land used in provincial writing
    ("赣鄱", "江西", "省域别称（赣鄱大地），省政府文件常用"),
    ("赣", "江西", "省级行政区简称（国务院公布）"),
    ("京", "北京", "省级行政区简称"), ("津", "天津", "省级行政区简称"), ("沪", "上海", "省级行政区简称"),
    ("渝", "重庆", "省级行政区简称"), ("冀", "河北", "省级行政区简称"), ("晋", "山西", "省级行政区简称"),
    ("辽", "辽宁", "省级行政区简称"), ("吉", "吉林", "省级行政区简称"), ("黑", "黑龙江", "省级行政区简称"),
    ("苏", "江苏", "省级行政区简称"), ("浙", "浙江", "省级行政区简称"), ("皖", "安徽", "省级行政区简称"),
    ("闽", "福建", "省级行政区简称"), ("鲁", "山东", "省级行政区简称"), ("豫", "河南", "省级行政区简称"),
    ("鄂", "湖北", "省级行政区简称"), ("湘", "湖南", "省级行政区简称"), ("粤", "广东", "省级行政区简称"),
    ("琼", "海南", "省级行政区简称"), ("川", "四川", "省级行政区简称"), ("黔", "贵州", "省级行政区简称"),
    ("滇", "云南", "省级行政区简称"), ("陕", "陕西", "省级行政区简称"), ("甘", "甘肃", "省级行政区简称"),
    ("陇", "甘肃", "省级行政区简称"), ("蒙", "内蒙古", "自治区简称"), ("桂", "广西", "自治区简称"),
    ("藏", "西藏", "自治区简称"), ("青", "青海", "省级行政区简称"), ("宁", "宁夏", "自治区简称"), ("新", "新疆", "自治区简称"),
    ("八闽", "福建", "省域别称"), ("齐鲁", "山东", "省域别称"), ("三晋", "山西", "省域别称"),
    ("三秦", "陕西", "省域别称"), ("荆楚", "湖北", "省域别称"), ("三湘", "湖南", "省域别称"),
    ("巴蜀", "四川", "省域别称"), ("燕赵", "河北", "省域别称"),
    ("陇原", "甘肃", "省域别称"), ("龙江", "黑龙江", "省域别称（省政府文件常用）"), ("中原", "河南", "省域别称"),
    ("之江", "浙江", "省域别称"), ("八桂", "广西", "省域别称"),
    # cities of Jiangxi: 别称 used in municipal reports and the provincial press
    ("洪城", "南昌", "南昌别称（洪州），市政府文件与媒体常用"), ("英雄城", "南昌", "南昌别称（八一起义）"),
    ("豫章", "南昌", "南昌古称，媒体常用"), ("洪都", "南昌", "南昌古称"),
    ("虔城", "赣州", "赣州古称（虔州）"), ("赣南", "赣州", "赣州市辖域的通称（赣南地区），市政府文件与媒体常用"), ("瓷都", "景德镇", "景德镇别称"), ("浔城", "九江", "九江别称（浔阳）"),
    ("鹰城", "鹰潭", "鹰潭别称"), ("庐陵", "吉安", "吉安古称"), ("临川", "抚州", "抚州古称，今为抚州市辖区"),
    ("信州", "上饶", "上饶古称，今为上饶市辖区"), ("袁州", "宜春", "宜春古称，今为宜春市辖区"),
    ("钢城", "新余", "新余别称"), ("萍城", "萍乡", "萍乡别称"),
    # provincial capitals and the largest cities: 别称 in official and press writing
    ("京城", "北京", "北京别称"), ("申城", "上海", "上海别称"), ("津门", "天津", "天津别称"),
    ("山城", "重庆", "重庆别称"), ("羊城", "广州", "广州别称"), ("穗", "广州", "广州简称"),
    ("鹏城", "深圳", "深圳别称"), ("蓉城", "成都", "成都别称"), ("榕城", "福州", "福州别称"),
    ("泉城", "济南", "济南别称"), ("春城", "昆明", "昆明别称"), ("冰城", "哈尔滨", "哈尔滨别称"),
    ("星城", "长沙", "长沙别称"), ("江城", "武汉", "武汉别称"), ("金陵", "南京", "南京古称"),
    ("杭城", "杭州", "杭州别称"), ("庐州", "合肥", "合肥古称"), ("邕城", "南宁", "南宁别称"),
    ("椰城", "海口", "海口别称"), ("筑城", "贵阳", "贵阳别称"), ("林城", "贵阳", "贵阳别称"),
    ("日光城", "拉萨", "拉萨别称"), ("夏都", "西宁", "西宁别称"), ("凤城", "银川", "银川别称"),
    ("金城", "兰州", "兰州古称"), ("长安", "西安", "西安古称"), ("龙城", "太原", "太原别称"),
    ("并州", "太原", "太原古称"), ("青城", "呼和浩特", "呼和浩特别称"), ("盛京", "沈阳", "沈阳古称"),
    ("沈城", "沈阳", "沈阳别称"), ("北国春城", "长春", "长春别称"), ("商都", "郑州", "郑州别称"),
    ("石门", "石家庄", "石家庄旧称"), ("乌市", "乌鲁木齐", "乌鲁木齐简称"), ("呼市", "呼和浩特", "呼和浩特简称"),
)


def place_alternation() -> str:
    """Every province and city name, short and full, as one regex alternation: longest first
    (so "南昌市" wins over "南昌"), then by the names themselves, so the pattern's text is the
    same in every process and its compiled code is found in core/regex_cache.py's file."""
    names = {full for full, _prov in CITIES.values()} | set(CITIES) | set(PROVINCES) | set(PROVINCES.values())
    return "|".join(sorted(names, key=lambda w: (-len(w), w)))


@lru_cache(maxsize=1)
def place_pattern() -> re.Pattern:
    """Every province and prefecture name (`place_alternation`) as one pattern, built on first use."""
    return re.compile(place_alternation())


# a region named with the place above it: "临溟市鹭港区", "江西省南昌市", "黔岭州云棠县"
_PARENT_FIRST = r"^.{2,8}?(?:省|自治区|市|自治州|州|盟)(?=.{2,}?(?:市|县|区|旗)$)"


_AUTONOMOUS = r"(?<=[\u4e00-\u9fff]{2})(?:[\u4e00-\u9fff]{1,3}族)*自治(?:州|县|旗)$"


def autonomous_base(region: str) -> str:
    """"雾溪苗族侗族自治州" → "雾溪", "峨边彝族自治县" → "峨边": an autonomous prefecture or
    county is said by its place name, without its peoples and kind; any other name as it is."""
    return re.sub(_AUTONOMOUS, "", region or "")


def own_name(region: str) -> str:
    """The region's own name without the place above it ("临溟市鹭港区" → "鹭港区"): staff in a
    district say its name, not its city's; a name without a parent is returned as it is."""
    return re.sub(_PARENT_FIRST, "", region or "")


def fuller_form(region: str | None, regions: Iterable[str | None]) -> str | None:
    """The one name among `regions` that is `region` with the place above it said too
    ("鹊岭区" → "泓州市鹊岭区"): a district's 通报 signed "鹊岭区" and its reports titled
    "泓州市鹊岭区…" are one place. None when no name or more than one fits (two cities may
    each have a 朝阳区) or when `region` already names its parent."""
    if not region or own_name(region) != region:
        return None
    fits = {r for r in regions if r and r != region and own_name(r) == region}
    return fits.pop() if len(fits) == 1 else None
