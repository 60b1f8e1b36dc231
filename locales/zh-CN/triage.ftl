# “从这里开始”：分诊问题（结构见 assets/playbook/triage.toml）。
# triage-<question>：客服看到的问题；.caller：向来电用户提出的同一问题（按来电用户的语言复制）；
# .find-out：只有客服能回答的问题，说明去哪里查。triage-<question>-<answer>：答案按钮；
# .summary：在“原因：…”和工单摘要“来电用户：”一行中的简短说法。

## 视图

triage-title = 从这里开始
triage-intro = 先逐个问这些问题。下方会列出适合这位来电用户的步骤；更改任何答案，列表都会随之更新。
triage-sidebar-hint = 从这里开始：每通电话最先问的问题（快捷键：0）
triage-answered-heading = 已回答
triage-change = 更改
triage-change-name = 更改此问题的答案：{ $question }
triage-dont-know = 不知道
triage-unknown = { $question }（尚不清楚）
triage-copy-for-caller = 复制问题给来电用户
triage-how-to-find-out = 如何查明
triage-source = 依据页面：
triage-code-hint = 例如 SSPR_0029
triage-code-look-up = 查找
triage-code-not-found = 目录中没有代码为“{ $code }”的条目。请与来电用户核对，或在搜索框中输入它。
triage-evidence-hint = 把错误页面的文字、审核日志导出、事件或日志行粘贴到“解读证据”（Ctrl+D）：它会找到对应条目和步骤。
triage-evidence-open = 解读证据
triage-all-answered = 所有问题都已回答。
triage-result-heading = 适合这位来电用户的步骤
triage-result-empty = 回答第一个问题后，这里会列出适合的步骤。
triage-result-nothing = 这些答案还没有对应的步骤：继续回答下一个问题，或在左侧选择一个类别。
triage-because = 原因：{ $reasons }
triage-show-more = 再显示 { $count } 项
triage-show-fewer = 收起
triage-kind-entry = 错误目录
triage-clear = 清除答案
triage-unavailable = 分诊不可用：其文件有问题（见下方列表）。检查清单照常可用。
triage-filter = 仅此来电用户
triage-filter-hidden = 已隐藏 { $count } 个步骤
triage-filter-show-all = 全部显示
summary-triage = 来电用户

## 问题和答案

triage-goal = 来电用户想做什么？
    .caller = 请问您想做什么：重置忘记的密码、更改知道的密码、设置安全信息、解锁帐户，还是在 Windows 登录屏幕上使用“重置密码”？
triage-goal-reset = 重置忘记的密码
    .summary = 重置
triage-goal-change = 更改已知的密码
    .summary = 更改
triage-goal-register = 注册或修正安全信息
    .summary = 安全信息
triage-goal-unlock = 解锁帐户
    .summary = 解锁
triage-goal-windows = 在 Windows 登录屏幕上使用“重置密码”
    .summary = Windows 登录屏幕
triage-goal-lost-methods = 丢失了手机或所有方法
    .summary = 丢失所有方法
triage-goal-configure = 管理员询问 SSPR 的设置
    .summary = 管理员设置问题

triage-error = 有错误代码或消息吗？
    .caller = 您的屏幕上有错误代码或消息吗？如果有代码（通常以 SSPR_ 开头），请读给我听。
triage-error-code = 来电用户读出了代码
    .summary = 显示 { $code }
triage-error-message = 有消息或页面文字
    .summary = 错误消息
triage-error-none = 没有错误，就是不成功
    .summary = 没有显示错误

triage-symptom = 哪里出了问题？
    .caller = 您尝试时发生了什么：收不到验证码、提示您不能重置或尚未注册、新密码被拒绝，还是旧密码在某处仍然有效？
triage-symptom-code-never-arrives = 一直收不到验证码
    .summary = 收不到验证码
triage-symptom-not-registered = 提示未注册，或没有可用的方法
    .summary = 没有可用的方法
triage-symptom-not-allowed = 提示不能重置密码
    .summary = 不允许重置
triage-symptom-password-rejected = 新密码被拒绝
    .summary = 新密码被拒绝
triage-symptom-old-password-on-premises = 重置成功，但旧密码在电脑或本地仍然有效
    .summary = 本地仍是旧密码
triage-symptom-writeback-fails = 本地（已同步的）帐户重置失败
    .summary = 本地重置失败
triage-symptom-prompts = 反复被要求注册、验证或设置通行密钥
    .summary = 反复提示

triage-writeback = 密码写回在哪里失败？
    .find-out = 在 Microsoft Entra Connect 服务器上查看应用程序日志（事件 6329、31xxx 和 33xxx）；在 Microsoft Entra 管理中心，“密码重置”>“本地集成”会显示写回状态。
triage-writeback-access-denied = 拒绝访问或权限错误（33004、6329 拒绝访问）
    .summary = 写回拒绝访问
triage-writeback-password-policy = 本地密码策略拒绝了密码
    .summary = 本地密码策略
triage-writeback-connectivity = 服务器连不上云（代理、防火墙、TLS）
    .summary = 写回连接
triage-writeback-setup = 无法启用写回，或找不到写回选项
    .summary = 写回设置
triage-writeback-domain-controller = 域控制器过旧，或 LDAP 策略控件错误
    .summary = 域控制器版本
triage-writeback-cloud-sync = 租户使用或已迁移到云同步
    .summary = 云同步
triage-writeback-reset-path = 管理员或脚本设置了密码，但 AD 没有收到
    .summary = 该重置方式不写回

triage-topic = 管理员想问什么？
    .caller = 关于密码重置，您想了解什么：许可证、角色、谁可以使用、管理员帐户、身份验证方法、短信、写回，还是 Windows 登录屏幕？
triage-topic-licence = 许可证：哪些计划包含 SSPR 或写回
    .summary = 许可证
triage-topic-roles = 哪个管理员角色可以更改 SSPR 设置
    .summary = 管理员角色
triage-topic-scope = 谁可以使用 SSPR：组和范围
    .summary = SSPR 范围
triage-topic-admin-policy = 管理员如何重置自己的密码
    .summary = 管理员重置策略
triage-topic-methods = 用户注册哪些方法，以及替用户添加方法
    .summary = 身份验证方法
triage-topic-sms = 短信和电话呼叫验证码：停用和电信提供商
    .summary = 短信和电话验证码
triage-topic-writeback = 设置密码写回
    .summary = 写回
triage-topic-windows = Windows 登录屏幕上的“重置密码”链接
    .summary = Windows 登录屏幕

triage-admin = 该帐户有管理员角色吗？
    .find-out = 在 Microsoft Entra 管理中心打开“用户”，选择该用户，再打开“分配的角色”。只要有任何角色，就适用管理员重置策略，与 SSPR 设置无关。
triage-admin-yes = 有管理员角色
    .summary = 管理员帐户
triage-admin-no = 没有管理员角色
    .summary = 不是管理员

triage-synced = 该帐户是从本地 AD 同步的，还是仅限云的？
    .find-out = 在 Microsoft Entra 管理中心打开“用户”，查看“已启用本地同步”列（或该用户的“属性”）。已同步包括联合用户、直通身份验证用户和密码哈希同步用户。
triage-synced-synced = 从本地 AD 同步（联合、直通身份验证或密码哈希同步）
    .summary = 已同步的用户
triage-synced-cloud-only = 仅限云
    .summary = 仅限云的用户

triage-scope = 是一个用户还是很多用户？
    .caller = 这个问题只发生在您身上，还是同事也遇到了？
triage-scope-one = 只有这位来电用户
    .summary = 一个用户
triage-scope-many = 很多用户
    .summary = 很多用户
