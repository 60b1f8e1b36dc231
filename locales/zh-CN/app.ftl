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
unverified-link-suffix = （链接未经验证）
unverified-link-hint = Microsoft 文档中未确认此地址；如果打开的不是正确页面，请从管理中心导航到该页面。

## 状态栏
status-opened = 已在浏览器中打开：{ $url }
status-copied = 已复制链接：{ $url }
status-open-failed = 无法打开浏览器（{ $error }）。已改为复制链接：{ $url }
status-dismiss = 关闭

## 横幅
banner-problems = 加载时发现 { $count } 个问题。应用会使用其余所有内容继续运行：
banner-more = ……还有 { $count } 个（请查看日志）。
banner-dismiss = 隐藏
notice-settings-moved = 无法读取你的设置文件（{ $reason }）。该文件已移到 { $path }，现使用默认设置。
notice-settings-unreadable = 无法读取你的设置文件（{ $reason }）。该文件保持原样，本次的更改不会保存。
notice-save-failed = 无法保存你的设置（{ $error }）。

## 页脚
footer-content-version = 内容版本 { $version }

## 搜索（顶部栏和结果）
search-label = 搜索
search-hint = 错误代码、消息或现象，中英文均可（Ctrl+F）
search-clear = 清除搜索
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

## 命令行
cli-no-results = 没有与“{ $query }”匹配的结果。
cli-lookup-none = 错误目录中没有代码为“{ $code }”的条目。请尝试：sspr-helpdesk search { $code }
cli-kind-step = 步骤
cli-kind-entry = 条目
cli-category = 类别
cli-score = 得分
