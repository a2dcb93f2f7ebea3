"""User-visible texts of the kernel's input readers (dates, numbers): one line each, saying
what was wrong and what to write instead."""

DATE_BAD = "日期无效：{value}（应为真实存在的日期，格式 YYYY-MM-DD）"
DATE_EMPTY = "日期为空：请写成 YYYY-MM-DD，如 2025-06-30"
DATE_OUT_OF_RANGE = "日期超出范围：{value}（只接受 {low} 至 {high} 之间的日期）"
YEAR_OUT_OF_RANGE = "年份超出范围：{value}（只接受 {low} 至 {high} 年）"
INT_BAD = "{what}应为整数：{value}"
INT_OUT_OF_RANGE = "{what}超出范围：{value}（应在 {low} 至 {high} 之间）"
CHAT_ID_BAD = "聊天 ID 应为非零整数（群组为负数，如 -1001234567890）：{value}"

# Settings (core/settings.py)
SETTINGS_BAD = "配置错误：{name}：{reason}"
URL_BAD = "地址应以 http:// 或 https:// 开头：{value}"
ENV_FILE_MISSING = "DUCHA_ENV_FILE 指向的文件不存在：{path}"
SETTING_NOT_INT = "应为整数"
SETTING_NOT_NUMBER = "应为数字（如 10 或 1.5）"
SETTING_NOT_BOOL = "应为 1 或 0（也可写 true/false、yes/no、on/off）"
SETTING_OUT_OF_RANGE = "应在 {low} 至 {high} 之间"
SETTING_NOT_IDS = "应为用逗号分隔的整数 ID（如 123,-1001234567890）"
PROXY_BAD = "应以 http://、https://、socks5:// 或 socks5h:// 开头"
