# 窗口框架文字：标题、侧边栏、顶部栏、清单标签、横幅和状态消息。

app-title = SSPR 技术支持助手

## 侧边栏
sidebar-heading = 问题类别
# 显示在每个类别右侧：已勾选步骤数/全部步骤数。
sidebar-progress = { $done }/{ $total }
sidebar-shortcut-hint = 快捷键：{ $key }

## 顶部栏
top-language = 语言：
top-language-hint = 切换界面语言。已勾选的步骤会保留。
top-clear-ticks = 清除所有勾选
top-clear-ticks-hint = 清除所有类别中的勾选（不会改动来电用户的密码）。

## 清单
checklist-progress = 已完成 { $done } 个步骤，共 { $total } 个
checklist-empty = 此类别没有步骤。内容可能未能加载：请查看上方列出的问题。
step-who = 执行者：
step-uncertain-badge = 部分内容未经验证
step-details = 原因和检查方法
step-why-heading = 原因
step-check-heading = 检查方法
step-expected-heading = 预期结果
step-uncertain-heading = 未完全验证
step-source = 来源：

## 执行者
actor-user = 用户
actor-helpdesk = 技术支持
actor-tenant-admin = 租户管理员
actor-on-prem-admin = 本地 AD 管理员

## 链接
copy-link = 复制链接
copy-link-named = 复制链接：{ $label }
unverified-link-hint = Microsoft 文档中未确认此地址；如果打开的不是正确页面，请从管理中心导航到该页面。

## 状态栏
status-opened = 已在浏览器中打开：{ $url }
status-copied = 已复制链接：{ $url }
status-open-failed = 无法打开浏览器（{ $error }）。已改为复制链接：{ $url }
status-dismiss = 关闭

## 横幅
banner-problems = 加载时发现 { $count } 个问题。应用会使用其余所有内容继续运行：
banner-more = ……还有 { $count } 个（请查看日志）。

## 内容包（组织自己的链接、步骤和文字；见 README 的 "Content packs" 一节）
pack-active = 内容包：{ $name } { $version }
pack-banner-not-applied = 内容包“{ $pack }”有 { $count } 个错误，未应用，当前显示内置内容。请在 { $folder } 中修正，并用 sspr-helpdesk validate 检查：
pack-banner-not-applied-kept = 内容包“{ $pack }”有 { $count } 个错误，未应用，现使用“{ $kept }”。请在 { $folder } 中修正，并用 sspr-helpdesk validate 检查：
pack-banner-warnings = 内容包“{ $pack }”已启用，有 { $count } 个警告需要其管理员处理：
pack-banner-more = ……还有 { $count } 个：运行 sspr-helpdesk validate "{ $folder }" 可查看全部。
origin-pack-hint = 由你所在组织的内容包“{ $pack }”添加：此内容来自你的组织，而非 Microsoft 文档。
pack-dialog-title = 选择内容包文件夹（包含 pack.toml 的文件夹）
banner-dismiss = 隐藏
notice-settings-moved = 无法读取你的设置文件（{ $reason }）。该文件已移到 { $path }，现使用默认设置。
notice-settings-unreadable = 无法读取你的设置文件（{ $reason }）。该文件保持原样，本次的更改不会保存。
notice-save-failed = 无法保存你的设置（{ $error }）。

## 页脚
footer-content-version = 内容版本 { $version }

## 搜索（顶部栏和结果）
search-label = 搜索
search-hint = 错误代码、消息或现象（Ctrl+F）
search-clear = 清除搜索
search-back = 返回“{ $query }”的搜索结果
search-back-short = 结果
search-results-capped = 仅显示最相关的 { $count } 个结果；添加关键词或错误代码可缩小范围。
search-results-heading = “{ $query }”的搜索结果：{ $count } 个
search-no-results = 没有与“{ $query }”匹配的内容。请尝试按显示的原样输入错误代码（例如 SSPR_0029）、事件 ID，或减少关键字。
search-matched = 匹配：{ $words }
search-kind-step = 清单步骤
search-kind-entry = 错误目录条目
search-open = 打开

## 错误目录（位于“错误消息”类别中）
errors-view-checklist = 清单
errors-view-catalogue = 错误目录（{ $count }）
catalogue-filter-label = 出现位置：
catalogue-filter-all = 全部
catalogue-count = 显示 { $shown } 个条目，共 { $total } 个
entry-codes = 代码
entry-seen-in = 出现位置
entry-who-fixes = 可由谁解决
entry-symptom = 来电用户看到的现象
entry-causes = 原因
entry-fix = 解决方案
entry-source = 来源
entry-next-steps = 后续清单步骤
entry-open-source = 打开来源页面
entry-go-to-step = 转到步骤：{ $step }
seen-in-reset-portal = 密码重置门户
seen-in-registration-page = 注册页面
seen-in-sign-in = 登录屏幕
seen-in-admin-center = 管理中心
seen-in-entra-connect-wizard = Entra Connect 配置向导
seen-in-entra-connect-app-log = Entra Connect 服务器的应用程序日志
seen-in-dc-security-log = 域控制器的安全日志
seen-in-audit-log = Entra 审核日志

## 命令行
cli-no-results = 没有与“{ $query }”匹配的结果。
cli-lookup-none = 错误目录中没有代码为“{ $code }”的条目。请尝试：sspr-helpdesk search { $code }
cli-kind-step = 步骤
cli-kind-entry = 条目
cli-result-line = [{ $kind }] { $title }  —  { $id }（类别：{ $category }；得分：{ $score }）
cli-lookup-many = 错误目录中有 { $count } 个条目的代码为“{ $code }”：
cli-lookup-pick = 请选择与日志文字相符的条目，然后运行：sspr-helpdesk lookup <id>
cli-empty-query = 查询为空；请提供错误代码（SSPR_0029）、事件 ID 或来电用户的描述

## 步骤状态和备注
state-not-started = 未开始
state-done = 已完成
state-not-applicable = 不适用
state-failed = 失败
step-state-hint = 将此步骤标记为“{ $state }”；再次单击可清除。
step-changed-at = { $state }（{ $time }）
step-note-add = 添加备注
step-note-label = 此步骤的备注
step-copy-for-caller = 为来电用户复制（{ $language }）
step-copy-for-caller-hint = 以来电用户的语言复制带链接的简短说明，可粘贴到聊天或电子邮件中。

## 会话
top-new-session = 新建会话
top-new-session-hint = 开始新的来电：清除步骤、备注和工单号（Ctrl+N）。几秒钟内可以撤消。
top-both-languages = 双语显示
top-both-languages-hint = 并排显示每个步骤的英文和中文。
top-session-panel = 会话面板
top-view = 视图
view-theme = 主题
theme-system = 跟随系统
theme-light = 浅色
theme-dark = 深色
view-zoom-in = 放大文字（Ctrl +）
view-zoom-out = 缩小文字（Ctrl −）
view-zoom-reset = 重置文字大小
view-open-pack = 打开内容包…
view-remove-pack = 仅使用内置内容
view-admin-pack = 使用组织的内容包
view-pack-locked = 管理员已为此计算机指定内容（配置文件中 allow_pack_change = false）。
new-session-title = 要开始新会话吗？
new-session-body = 将清除本次来电的步骤、备注、工单号和链接。如果工单需要，请先复制或导出摘要。
new-session-confirm = 开始新会话
new-session-cancel = 取消
status-new-session = 已开始新会话。
status-undo = 撤消
status-session-restored = 已恢复上一个会话。
session-heading = 会话
session-ticket = 工单号
session-ticket-hint = 例如 INC0012345
session-caller-language = 来电用户的语言
session-note = 会话备注
session-note-hint = 来电用户报告的问题、已尝试的操作、下一步
session-summary = 工单摘要
session-copy-summary = 复制摘要
session-copy-summary-hint = 复制摘要以粘贴到工单中（Ctrl+Shift+C）。
session-export = 导出…
session-export-hint = 将摘要保存为 Markdown（.md）或纯文本（.txt）。
status-summary-copied = 已复制工单摘要。
status-caller-copied = 已复制给来电用户的说明（{ $language }），内容如下：
status-exported = 摘要已保存到 { $path }
status-export-failed = 无法保存摘要：{ $error }
status-log-folder-failed = 无法打开日志文件夹：{ $error }
status-export-cancelled = 已取消导出：未选择文件（或此处没有可用的文件对话框）。请改用“复制摘要”。
status-pack-applied = 内容包“{ $pack }”已启用。
status-pack-not-applied = 内容包“{ $pack }”有错误，未应用；当前显示内置内容（问题列在清单上方）。
status-pack-not-applied-kept = 内容包“{ $pack }”有错误，未应用；“{ $kept }”仍在使用（问题列在清单上方）。
status-pack-removed = 已恢复为内置内容。
status-pack-cancelled = 未选择文件夹（或此处没有可用的文件夹对话框）。请改为在启动应用时加上 --pack 和文件夹路径。
notice-session-moved = 无法读取上一个会话（{ $reason }）。该文件已移到 { $path }，已开始新会话。
notice-session-unreadable = 无法读取上一个会话（{ $reason }）。该文件保持原样，本次会话不会保存。

## 工单摘要（粘贴到工单中的内容）
summary-title = 自助式密码重置（SSPR）故障排除摘要
summary-ticket = 工单
summary-ticket-none = （无）
summary-caller-language = 来电用户的语言
summary-started = 会话开始时间
summary-categories = 类别
summary-versions = 版本
summary-versions-value = SSPR 技术支持助手 { $app }，内容版本 { $content }
summary-pack = 内容包
summary-steps-heading = 步骤
summary-no-steps = 未标记任何步骤。
summary-note = 备注
summary-links-heading = 提供给来电用户的链接
summary-session-note = 会话备注
# 摘要各行的格式（中英文标点不同）。
summary-field = { $label }：{ $value }
summary-list-separator = 、
summary-time-with-zone = { $time }（{ $zone }）
summary-step-line = { $state }：{ $title }（{ $category }，{ $time }）
summary-link-line = { $label }：{ $url }（{ $time }）

## 展台模式（最终用户）
kiosk-title = 密码自助服务
kiosk-intro = 请选择您要办理的事项。在这里进行的操作都不会保存，您离开后屏幕会自动重新开始。
kiosk-back = 上一步
kiosk-next = 下一步
kiosk-done = 完成
kiosk-start-over = 重新开始
kiosk-step-of = 第 { $step } 步，共 { $total } 步
kiosk-scan = 用手机相机扫描
kiosk-or-type = 或在手机上输入此地址：
kiosk-open-here = 在此处打开
kiosk-open-failed = 这台设备无法打开浏览器。请扫描二维码，或在手机上输入地址。
kiosk-helpdesk = 联系技术支持
kiosk-helpdesk-unknown = 这台设备上没有技术支持的联系方式。请向您的经理或前台询问如何联系 IT 技术支持，并准备好错误的照片。
kiosk-countdown = 屏幕已有一段时间无人操作。将在 { $seconds } 秒后重新开始；触摸任意位置即可继续。

## 共享屏幕和辅助功能
top-presenting = 正在演示
top-present = 演示（F11）
top-present-hint = 共享屏幕模式：放大文字，并隐藏备注、工单号、输入的搜索内容、执行者、仅供管理员阅读的说明和管理门户。按 F11 可切换。
present-hidden = （演示时隐藏）
top-session-panel-presenting = 演示时隐藏：会话面板显示工单号和备注。关闭“演示”（F11）后即可查看。
view-high-contrast = 高对比度
show-qr = 显示二维码
show-qr-named = 显示二维码：{ $label }
qr-title = 扫描后在手机上打开
qr-close = 关闭

## 关于
about-open = 关于 SSPR 技术支持助手…
about-version = 版本
about-content-version = 内容版本
about-pack = 内容包
about-renderer = 渲染器
about-log-folder = 日志文件夹
about-open-log-folder = 打开日志文件夹
about-close = 关闭
about-licences = 许可证
about-font-licence = 字体：Noto Sans 和 Noto Sans CJK SC（SIL 开放字体许可证 1.1）
notice-session-save-failed = 无法保存你的会话（{ $error }）。关闭应用前，请先复制或导出摘要。
notice-settings-fields-reset = 部分已保存的设置无法读取，已恢复为默认值：{ $fields }。其他设置均已保留，原来的文件保存在 { $path }。
notice-settings-reset = 部分已保存的设置无法使用，已恢复为默认值：{ $fields }。
notice-session-trimmed = 已保存的会话中，工单号或备注超出了应用保留的长度，已被截短。
label-with-colon = { $label }：

## Dated platform changes and source dates
change-badge-upcoming = 即将生效：{ $date }
change-badge-in-effect = 自{ $date }起生效
changes-open = 平台变更一览…
changes-title = 平台变更一览
changes-intro = 截至{ $today }，会带来来电的平台变更。每项都写明来电者会反映的情况，以及受影响的步骤和条目。
changes-state-upcoming = 将于{ $date }生效
changes-state-in-effect = 自{ $date }起生效
changes-date-uncertain = 具体日期尚未确认。
changes-callers-report = 来电者会反映
changes-affects = 影响
changes-close = 关闭
source-page-date = （页面日期：{ $date }）
source-checked-on = 已于{ $date }对照此页面核对
source-page-date-uncertain = 无法确认此页面的日期。
about-content-checked = 对照 Microsoft 文档核对的日期
summary-changes-heading = 与所标记步骤相关的平台变更
summary-change-line = { $title }：{ $state }

## 处理结果：技术支持人员对步骤或目录条目记录的结果
state-resolved = 已解决
state-escalated = 已升级
state-user-told = 已告知用户
# 工单摘要在步骤或条目前写出的结果：写成技术支持人员做了什么。
outcome-not-started = 已查看
outcome-done = 已检查
outcome-not-applicable = 不适用
outcome-failed = 发现问题
outcome-resolved = 已解决
outcome-escalated = 已升级（{ $detail }）
outcome-user-told = 已告知用户（{ $detail }）
outcome-escalated-to = 升级给：
outcome-escalated-hint = AD 团队、二线支持……
outcome-user-told-to = 已告知用户：
outcome-user-told-hint = 例如：等待 24 小时后重试
outcome-preset-ad-team = AD 团队
outcome-preset-tier-2 = 二线支持
outcome-preset-identity-admins = 身份管理员
outcome-preset-microsoft = Microsoft 支持
session-affected-user = 受影响的用户
session-affected-user-hint = UPN 或姓名（仅写入摘要）
summary-outcome = 处理结果
summary-outcome-line = { $outcome }：{ $title }
summary-outcome-none = 尚未记录
summary-affected-user = 受影响的用户
summary-affected-user-none = （未记录）
summary-entries-heading = 来电用户看到的错误
summary-entry-line = { $state }：{ $title }（{ $time } 查看）
entry-outcome-label = 本次来电：
entry-note-label = 此条目的备注
entry-copy-for-caller = 复制给来电用户（{ $language }）
entry-copy-for-caller-hint = 复制来电用户可以自己做的事；如果只有管理员能修复，则复制接下来会发生什么。
entry-first-heading = 第一步：收集错误详细信息
entry-first-hint = 在按此答案操作之前，先收集二线支持和 Microsoft 会询问的详细信息：
entry-first-open = 打开此步骤
entry-caller-escalated = 这不是操作上的问题：阻止重置密码的是我们这边的设置。我们已将问题转交给能够修复它的团队（{ $team }），处理完成后会再联系。在此之前请不要再次尝试重置；如果现在就需要工作，请再给我们打电话。
entry-caller-escalated-team = 我们的管理员
## One call at a time: the call restored at start, the caller's language, the summary in either language.
resume-title = 继续上一个来电？
resume-body = 应用关闭时，上一个来电尚未结束（工单：{ $ticket }，已标记 { $steps } 个步骤）。要继续处理，还是开始新的来电？
resume-body-presenting = 应用关闭时，上一个来电尚未结束。要继续处理，还是开始新的来电？
resume-continue = 继续上一个来电
resume-new = 开始新的来电
caller-language-hint = 你输入的内容看起来是{ $language }。
caller-language-switch = 将来电用户的语言切换为{ $language }
session-copy-summary-en-us = 复制英文版
session-copy-summary-zh-cn = 复制中文版
session-copy-summary-other-hint = 给阅读另一种语言的同事。
status-summary-copied-in = 已复制工单摘要（{ $language }）。

# Decode pane: pasted evidence (audit-log rows, events, ADSync lines, support codes, registry
# output) turned into cards. Agent-facing (你). The engine's own words are in decode.ftl.

decode-pane-open = 解读证据
decode-pane-open-hint = 粘贴或拖放管理员或用户发来的内容：审核日志行、事件、Entra Connect 错误、支持代码或注册表输出（Ctrl+D）。内容只保存在内存中。
decode-pane-title = 解读证据
decode-pane-close = 关闭
decode-pane-intro = 粘贴审核日志行或导出文件、Windows 事件、Entra Connect (ADSync) 错误行、支持代码或 reg query 输出，也可以把文件拖到窗口上。文本只保存在内存中：不会被保存、写入日志或导出。
decode-pane-input = 粘贴的证据
decode-pane-hint = 在此粘贴（Ctrl+V）
decode-pane-hidden = 演示时隐藏粘贴的文本（{ $size }）。
decode-pane-too-long = 粘贴的文本：{ $size }，太长，无法在此显示；会完整解读。要粘贴其他内容，请先清除。
decode-pane-file = 来自文件 { $name }
decode-pane-file-error = 无法读取文件 { $name }：{ $error }。请重新导出，或粘贴其中的文本。
decode-pane-decode = 解读
decode-pane-clear = 清除
decode-pane-with-names = 包含用户名
decode-pane-with-names-hint = 关闭时，添加到工单的行不含用户名。IP 地址和原始日志文本永远不会添加。
decode-pane-working = 正在解读…（{ $size }）。你可以同时继续工作。
decode-pane-recognised = 已识别：{ $what }
decode-pane-not-recognised = 未识别：{ $what }
decode-pane-count-rows = { $count } 行
decode-pane-count-attempts = { $count } 次尝试
decode-pane-count-events = { $count } 个事件
decode-pane-count-codes = { $count } 个代码
decode-pane-count-problems = { $count } 个问题
decode-pane-problems = 无法使用的部分
decode-pane-more = 找到的内容多于此处显示的；解读导出文件中较短的一段即可查看其余部分。
decode-pane-steps = 步骤
decode-pane-reason = 日志中的原因
decode-pane-when = 时间
decode-pane-time-both = { $utc }（你的时间：{ $local }）
decode-pane-server-time = 服务器上的时间（时区未知）
decode-pane-correlation = 关联 ID
decode-pane-user = 用户
decode-pane-user-hidden = 演示时隐藏用户
decode-pane-no-entry = 不在错误目录中：请改为搜索消息中的文字。
decode-pane-open-entry = 打开条目
decode-pane-open-entry-named = 打开条目：{ $entry }
decode-pane-add = 添加到工单
decode-pane-added = 已添加到工单
decode-pane-add-hint = 在工单摘要中添加一行：发生了什么、关联 ID 和 UTC 时间。
decode-pane-event-title = 事件 { $id }，事件源 { $source }
decode-pane-level = 级别
decode-pane-codes = 代码
decode-pane-code-title = 代码 { $code }（第 { $line } 行）
decode-pane-support-title = 支持代码
decode-pane-support-reminder = 请同时记下日期、时间和时区：Microsoft 支持部门会询问这三项。
decode-pane-registry-blocker = 登录屏幕阻止因素：{ $entry }
decode-pane-registry-warning = 请检查：{ $entry }
decode-pane-value = 值
decode-pane-found = 找到的值
decode-pane-blocks = 会阻止的值
decode-pane-not-set = 不在粘贴内容中
decode-pane-no-blocker = 未发现阻止因素
decode-pane-checked = 已检查的值：
decode-pane-free-text = 这里看起来不像日志行、事件或代码。请改为在错误目录中搜索这些文字。
decode-pane-search = 搜索此内容
summary-decoded-heading = 解读的证据
