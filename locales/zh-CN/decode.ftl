# 证据解码器（issue #14）：粘贴内容被识别成什么、结论、粘贴内容的问题、登录屏幕阻止规则、
# 写入工单的派生行，以及 `decode` 命令的输出。面向支持人员。

## 粘贴内容被识别为

decode-kind-audit-json = 审核日志条目（JSON）
decode-kind-audit-csv = 审核日志行（CSV）
decode-kind-event-xml = Windows 事件（XML）
decode-kind-event-text = Windows 事件（文本）
decode-kind-adsync-log = Entra Connect（ADSync）错误行
decode-kind-support-code = 支持代码或关联 ID
decode-kind-registry = 注册表值（reg query 或 .reg 导出）
decode-kind-free-text = 普通文本，交给搜索

## 结论：一行记录或一次尝试的结果

decode-verdict-succeeded = 成功
decode-verdict-failed = 失败
decode-verdict-abandoned = 用户中途放弃
decode-verdict-blocked = 尝试次数过多，已被阻止
decode-verdict-canceled = 用户已取消
decode-verdict-contacted-admin = 用户选择了联系管理员
decode-verdict-in-progress = 进行中
decode-verdict-unknown = 无法从这一行判断

## 粘贴内容的问题；先写位置

decode-problem-at = 第 { $line } 行第 { $column } 列：{ $message }
decode-problem-at-line = 第 { $line } 行：{ $message }
decode-problem-json = JSON 在此处中断（{ $detail }）；之前的完整记录已解码。请重新复制完整的导出内容。
# The XML parser's own message is English only: the text names the place, not the parser's words.
decode-problem-xml = XML 在此处结束或中断；之前的完整事件已解码。请重新完整复制事件的 XML 视图。
decode-problem-csv-field-count = 这一行有 { $found } 个字段，而标题行有 { $expected } 个；已跳过。请检查复制时是否丢了逗号或引号。
decode-problem-csv-unclosed-quote = 有一个带引号的字段没有结束，其后的内容已跳过。请重新下载 CSV。
decode-problem-unknown-column = 无法识别列“{ $name }”；已忽略
decode-problem-not-an-audit-record = 这个 JSON 值不含审核日志的任何字段（activityDisplayName、OperationName、result 等）；已跳过
decode-problem-bad-time = 无法读取时间“{ $value }”；保留这一行，但不带时间

## 完全无法解码的粘贴内容

decode-refused-empty = 粘贴内容为空。请粘贴审核日志行、事件、代码或注册表输出。
decode-refused-binary = 这是二进制数据，不是文本（第 { $offset } 字节）。请粘贴文本，或将日志导出为 CSV、JSON 或文本。
decode-refused-not-utf8 = 这不是 UTF-8 文本（第 { $offset } 字节）。请另存为 UTF-8，或带字节顺序标记的 UTF-16。

## 登录屏幕阻止规则：造成阻止的值

decode-rule-equals = 值为 { $value } 时阻止
decode-rule-missing-or-not-one = 缺失或不为 1 时阻止（策略和 Intune 设置都是如此）
decode-rule-build-below = 内部版本低于 { $value }（Windows 10 1803）时阻止
decode-rule-not-explorer = 不是 explorer.exe 时阻止
decode-rule-home-combination = 在家庭版上同时满足以下条件时阻止：关闭锁屏应用通知（1），并要求按 Ctrl+Alt+Del（DisableCAD 为 0）
decode-rule-third-party-provider = 不是 Windows 自带的凭据提供程序；已知这类程序会造成问题（仅为警告：请查明是谁安装的）
decode-rule-present = 存在时会阻止密码写回

## 添加到工单的行

decode-ticket-line = 已解码：{ $parts }
decode-ticket-what = { $verdict }：{ $entry }
decode-ticket-event = 事件 ID { $id }（{ $entry }）
decode-ticket-event-bare = 事件 ID { $id }
decode-ticket-code = 代码 { $code }（{ $entry }）
decode-ticket-code-bare = 代码 { $code }
decode-ticket-support-code = 支持代码
decode-ticket-blocker = 登录屏幕阻止项：{ $entry }（{ $name } = { $found }）
decode-ticket-correlation = 关联 ID { $id }
decode-ticket-user = 用户 { $user }
decode-ticket-missing = 缺失
decode-list-separator = {"，"}

## `decode` 命令的文本输出

decode-cli-kind = 识别为：{ $kind }
decode-cli-timeline = 时间线，关联 ID { $id }（{ $count } 条记录）
decode-cli-no-correlation = （无）
decode-cli-outcome = 结果：{ $verdict }
decode-cli-step = { $when }  { $verdict }：{ $what }（第 { $line } 行）
decode-cli-no-time = （无时间）
decode-cli-agent = 本地代理：{ $agent }
decode-cli-ticket = 写入工单：{ $line }
decode-cli-no-entry = 目录中还没有条目涵盖此活动或原因；请直接阅读这一行，并搜索其中的文字。
decode-cli-event = 事件 ID { $id }，事件源 { $source }，级别 { $level }（第 { $line } 行）
decode-cli-time = 时间：{ $time }
decode-cli-local-time = 服务器上的时间（按原文，服务器自己的时区）：{ $time }
decode-cli-codes = 描述中的代码：{ $codes }
decode-cli-code = 代码 { $code }（第 { $line } 行）
decode-cli-several = 有 { $count } 个目录条目共用此代码；请选择与日志文字相符的那一个：
decode-cli-support-code = 支持代码/关联 ID：{ $guid }
decode-cli-support-code-advice = 请记下使用此代码那次尝试的日期、时间和时区：Microsoft 支持部门这三项都会问到。把它添加到工单中。
decode-cli-no-blocker = 在粘贴的内容中没有发现阻止项。
decode-cli-blockers = 发现 { $count } 个已记录的阻止项，会使登录屏幕上的“重置密码”链接无法使用：
decode-cli-blocker = 阻止项：{ $key }\{ $name } = { $found }：{ $rule }{ $line }
decode-cli-warning = 警告：{ $key }（{ $name }）：{ $rule }{ $line }
decode-cli-at-line = （第 { $line } 行）
decode-cli-absent = 粘贴内容中没有
decode-cli-checked = 已检查的值（粘贴内容中没有的值未检查）：
decode-cli-free-text = 不是日志、事件、代码或注册表输出；正在搜索：{ $query }
decode-cli-nothing = 粘贴的内容中没有可以解码的部分。
decode-cli-is-folder = { $path } 是文件夹，不是文件。请指定导出的文件，或通过管道传入文本。
decode-cli-problems = 问题：
decode-cli-code-also = 另请参阅（{ $code }）：{ $title }（{ $id }）
decode-cli-other-codes = 还发现了以下代码，目录中没有对应条目：{ $codes }

## Notes about the paste as a whole
decode-note-empty-export = 此导出中没有审核日志条目：查询或筛选器没有匹配到任何内容。请扩大日期范围或放宽筛选器，然后重新导出。
decode-note-first-line-only = 未找到已知格式；只搜索了第一行。请粘贴错误消息或日志行本身。
