"""Texts of the command line's own edges (bot/cli.py): argument errors, the data folder,
internal errors. Each is one line on stderr."""

ARG_ERROR = "参数错误：{message}（用 ducha {command} -h 查看用法）"
ERROR = "错误：{message}"
INTERNAL = "内部错误：{kind}（详情已记入日志 {log}；加 -v 可在终端看到完整信息）"
INTERNAL_NO_LOG = "内部错误：{kind}（加 -v 可在终端看到完整信息）"
DATA_DIR_MISSING = "数据目录 {path} 不存在（还没有导入过文件）：先运行 ducha ingest，或用 DUCHA_DATA_DIR 指向已有的数据目录"
DATA_DIR_NOT_DIR = "数据目录 {path} 不是文件夹：请用 DUCHA_DATA_DIR 指向一个文件夹"
PERMISSION = "没有权限读写 {path}：请检查数据目录的权限，或用 DUCHA_DATA_DIR 换一个目录"
DATABASE = "无法打开数据库 {path}：{reason}（检查数据目录是否可写、磁盘是否已满）"
OS_ERROR = "无法读写 {path}：{reason}"
ENDPOINT = "无法连接 {what}：{reason}（检查地址、网络或代理设置；ducha doctor 可帮助排查）"
INT_ARG = "{what}应为 {low} 至 {high} 之间的整数：{value}"
