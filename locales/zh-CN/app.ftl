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
