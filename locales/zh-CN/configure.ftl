### 类别“configure”：配置 SSPR 和许可证。assets/playbook/configure.toml 的中文文本。

category-configure = 配置 SSPR 和许可证
    .intro = 适用于以下情况：租户未启用自助式密码重置（SSPR）、范围限定到了错误的组、来电用户没有许可证，或者管理门户中的页面缺失、显示为灰色。请先完成顶部的快速租户检查，密码写回配置和 Windows 登录屏幕的问题放在后面。

step-configure-enable-sspr = 在“密码重置” > “属性”中确认已启用 SSPR
    .summary = 管理员必须在“属性”页上将“已启用自助式密码重置”设为“选定”或“全部”并保存，SSPR 才会生效。
    .why =
        面向最终用户的租户级开关位于 Microsoft Entra 管理中心的“Entra ID” > “密码重置” > “属性”。2023 年至 2025 年年中的文档和截图使用旧路径“保护” > “密码重置”；在 Azure 门户中，同一边栏选项卡位于“Microsoft Entra ID” > “密码重置”。Microsoft 365 管理中心只提供跳转链接（“设置” > “组织设置” > “安全性和隐私” > “自助式密码重置”），所以实际更改始终在 Entra 中完成。

        “已启用自助式密码重置”有三个值：
        - “无”：所有最终用户都不能重置。来电用户在 aka.ms/sspr 上会看到 SSPR_0009。
        - “选定”：只有某一个组的成员可以重置（见下一步）。
        - “全部”：租户中的所有用户都在范围内。

        如果从未定义过用户策略，来电用户看到的是 SSPR_0011。

        此页只管最终用户。拥有管理员角色的帐户始终遵循 Microsoft 自己的管理员策略，与此页设置无关（见“重置策略”类别）。Microsoft 的教程“启用 SSPR”逐页介绍了整个边栏选项卡。
    .check =
        1. 使用已分配 Entra ID 许可证的管理员帐户登录 Microsoft Entra 管理中心（没有许可证时可能看不到该边栏选项卡，见下文“为看不到‘密码重置’的管理员分配许可证”）。
        2. 打开“Entra ID” > “密码重置” > “属性”（旧版导航：“保护” > “密码重置”）。
        3. 查看“已启用自助式密码重置”。如果是“无”，先与租户负责人商定是先试点（“选定”加一个组），还是直接设为“全部”。
        4. 如果选择“选定”，请选择组，然后选择“保存”。
        5. 依次检查边栏选项卡中的其他页面（“身份验证方法”、“注册”、“通知”、“自定义”），与租户预期的设计逐项对照。
        6. 请来电用户再次打开 aka.ms/sspr，记下屏幕上显示的代码（SSPR_0009、SSPR_0011、SSPR_0013）。
    .expected = “属性”页显示“选定”或“全部”，来电用户不再收到 SSPR_0009 或 SSPR_0011。

step-configure-scope-selected-group = 确认来电用户属于 SSPR 范围限定的那个组
    .summary = 范围为“选定”时，只有所选的那一个组的成员（包括嵌套组成员）才能重置密码，其他人都会收到 SSPR_0013。
    .why =
        在门户中，“选定”只能指定一个组。嵌套在该组中的组，其成员同样算作成员。重置页面本身是公开的：任何人都能打开 aka.ms/sspr 并输入用户名，服务在用户输入用户 ID 之后才检查范围。因此，组外的用户也能进入表单，随后才因 SSPR_0013（不是已启用密码重置的组的成员）而失败。这是设计行为，并不说明范围设置出了问题；这些失败的尝试也可能出现在审核日志中（请在你的租户中确认）。

        在注册时，这些用户会看到“管理员未允许你使用此功能”。范围和许可证是两项独立的检查：已分配许可证但不在组中的用户仍会收到 SSPR_0013；在范围内但没有许可证的用户收到的是 SSPR_0012。拥有管理员角色的帐户完全不受该组限制，因为对他们适用的是管理员策略。
    .check =
        1. 打开“Entra ID” > “密码重置” > “属性”，记下范围；如果是“选定”，记下组名。
        2. 打开该组 > “成员”，查找来电用户（直接成员或通过嵌套组成为成员）。
        3. 如果找不到，请将用户（或其所在的某个组）添加到该组。如果整个组织都应能重置，改为将范围设为“全部”并选择“保存”。
        4. 同时检查来电用户的许可证（见后续步骤）：SSPR_0012 指向许可证问题，SSPR_0013 指向范围问题。
        5. 如果来电用户拥有任何管理员角色，该组与其无关，请转到“重置策略”类别继续排查。
        6. 打开“Entra ID” > “密码重置” > “审核日志”，确认来电用户的新尝试已成功。
    .expected = 来电用户是所选组的直接成员或嵌套成员，aka.ms/sspr 在输入用户 ID 后可以继续，不再出现 SSPR_0013。

step-configure-licence-per-user = 确认来电用户本人有许可证并设置了使用位置
    .summary = SSPR 按用户授予许可：租户里有一个许可证并不够，SSPR_0012 表示该用户本人缺少符合条件的许可证。
    .why =
        本应用最初依据的旧版门户帮助页写着“必须在组织中至少分配一个许可证”，这只是功能出现的最低前提。Microsoft 的许可页面明确说明许可按用户计算：该设置在整个租户生效，一些未分配许可证的用户在技术上也许能进入 SSPR，但每个要使用该功能的用户都需要自己的合格许可证。服务检查不到许可证时，即使管理员说“已经打开了”，来电用户也会收到 SSPR_0012。

        只有设置了“使用位置”的用户才能分配许可证；基于组的许可会沿用租户的位置。哪些产品符合条件取决于用户类型：忘记密码的仅限云的用户至少需要 Microsoft 365 商业标准版；已同步的用户需要密码写回，这要求 Microsoft Entra ID P1 或 P2，或 Microsoft 365 商业高级版。
    .check =
        1. 在 Entra 管理中心打开“用户” > 来电用户 > “许可证”，或在 Microsoft 365 管理中心打开“用户” > “活跃用户” > 来电用户 > “许可证和应用”，列出已分配的产品。
        2. 确认用户的“使用位置”已填写（用户 > “属性”）。未填写时，直接分配会失败。
        3. 确认来电用户是仅限云的用户，还是从本地 AD 同步的用户（查看用户的“已启用本地同步”值）。
        4. 如果许可证来自组，检查该组的许可证分配中此用户是否有错误。
        5. 将产品与当前许可表（下一步）对照，分配缺少的许可证，然后请来电用户重试 aka.ms/sspr。
    .expected = 来电用户拥有合格的许可证和使用位置，不再收到 SSPR_0012。
    .uncertain = “仅限云的用户凭 Microsoft 365 商业标准版即可重置密码”来自许可页面（2025-03-04）；启用 SSPR 的教程则称至少需要 Entra ID P1。尚未确认 Microsoft 以哪个页面为准（见下文关于两者矛盾的步骤）。

step-configure-licence-current = 用当前的 SSPR 许可表核对用户的许可证
    .summary = Microsoft 当前的许可页面（2025-03-04，许可表与 2025-01-06 版相同）把更改密码、仅限云的用户重置密码、带本地写回的重置分开列出。
    .why =
        当前许可表（按功能）：
        - 仅限云的用户更改自己知道的密码：所有版本均可，包括 Microsoft Entra ID 免费版。
        - 仅限云的用户重置忘记的密码：Microsoft 365 商业标准版、Microsoft 365 商业高级版、Entra ID P1 或 P2。Entra ID 免费版不支持。
        - 已同步（混合）用户更改或重置密码并写回本地 AD：只有 Microsoft 365 商业高级版或 Entra ID P1、P2。

        独立的 Microsoft 365 基础版和标准版计划不包含密码写回。联合用户、直通身份验证用户和密码哈希同步用户的密码保存在本地 AD 中，对他们来说，重置始终意味着写回。商业标准版许可证能让仅限云的同事重置密码，却帮不了他们。租户里也必须有这种支持写回的许可证，“本地集成”中的设置才能使用。
    .check =
        1. 判断来电用户的类型：仅限云的用户，还是已同步的用户（联合、直通身份验证或密码哈希同步）。
        2. 使用上一步得到的许可证列表。
        3. 找到来电用户要做的操作（更改、仅限云的重置、带写回的重置）所在的行，检查其产品是否在列。
        4. 如果租户购买的是 Microsoft 365 E3 或 EMS 等套件，而不是表中列出的产品，请继续下一步。
        5. 打开许可页面查看日期：如果比 2025-03-04 新，先重新阅读表格再答复。
    .expected = 来电用户的产品恰好覆盖其所需的功能；否则你已知道该申请哪种许可证。
    .uncertain = 启用 SSPR 的教程（2024-05-21）称密码重置至少需要 Entra ID P1，与许可页面中仅限云的用户凭商业标准版即可重置的说法矛盾。本清单以许可页面为准，但尚未确认 Microsoft 以哪个页面为准（见关于两者矛盾的步骤）。

step-configure-licence-suites = 回答“我们的 E3 / Office 365 / 商业版够不够用？”
    .summary = Microsoft 365 E3、E5 和 EMS E3、E5 因包含 Entra ID P1 而支持密码写回；单独的 Office 365 计划不支持。
    .why =
        当前的许可页面只列出 Entra ID 免费版、Microsoft 365 商业标准版、Microsoft 365 商业高级版以及 Entra ID P1 和 P2，不再列出套件。包含 Entra ID P1 的套件，例如 Microsoft 365 E3 和 E5（早期名为 Secure Productive Enterprise）以及 EMS E3 和 E5，凭借其中的 P1 符合要求。

        2018 年的许可页面为密码写回列出了：Azure AD Premium P1 或 P2、EMS E3/A3、EMS E5/A5、Microsoft 365 E3/A3、Microsoft 365 E5/A5 和 Microsoft 365 F1，并说明独立的 Office 365 计划不包含写回。

        所以“我们有 E3”是个含糊的说法。Microsoft 365 E3 捆绑了 Entra ID P1，支持带写回的重置。Office 365 E3 属于 Office 365 计划，不提供写回，使用它的已同步用户无法重置密码。Microsoft 365 商业高级版（原 Microsoft 365 商业版）包含写回。
    .check =
        1. 请对方提供 Microsoft 365 管理中心（“账单” > “许可证”）中显示的准确产品名称。“Microsoft 365 E3”和“Office 365 E3”是不同的产品。
        2. Microsoft 365 E3 或 E5、EMS E3 或 E5、Microsoft 365 商业高级版、Entra ID P1 或 P2：支持写回。
        3. 只有 Office 365 计划，或 Microsoft 365 商业基础版、商业标准版：不支持写回。已同步用户需要另外添加 Entra ID P1，或改用包含它的套件。
        4. 确认许可证已分配给每个要重置密码的用户（按用户计算），而不只是购买了。
    .uncertain = 当前许可页面已不再列出套件，Microsoft 365 E3/E5 和 EMS E3/E5 符合要求是根据它们包含 Entra ID P1 推断的。商业高级版获得写回的时间（2019 年）来自一个 GitHub 问题，而非 Microsoft 页面。

step-configure-licence-tutorial-conflict = 注意 SSPR 教程与许可页面的说法不一致
    .summary = 启用 SSPR 的教程（2024-05-21）要求至少 Entra ID P1，而许可页面（2025-03-04）允许仅限云的用户凭 Microsoft 365 商业标准版重置密码。
    .why =
        两个 Microsoft 页面对同一功能给出了不同的最低要求。教程“启用 SSPR”将 Microsoft Entra ID P1 列为密码重置的最低要求；专门的许可页面则在 Microsoft 365 商业标准版一列中也勾选了仅限云的用户重置。对于已同步的用户，两者一致：密码写回需要 Entra ID P1 或 P2，或 Microsoft 365 商业高级版。

        我们以许可页面为准，因为它更新，而且专讲许可。这个差异只影响一种租户：仅限云的用户只有商业标准版、没有更高的许可证。
    .check =
        1. 如果来电用户拥有 Entra ID P1 或 P2、包含 P1 的套件或商业高级版，这个矛盾与他们无关，继续下一步。
        2. 如果仅限云的来电用户只有商业标准版，请用一个已分配许可证的非管理员用户重现问题（见“重置策略”类别中的非管理员测试步骤）。
        3. 如果该用户持有商业标准版仍收到 SSPR_0012，记下用户、时间和支持代码，引用这两个页面向 Microsoft 提出。
        4. 向客户解释许可时，引用许可页面，并说明教程中写的是 P1。
    .uncertain = 尚未确认 Microsoft 以哪个页面为准；在 Microsoft 统一说法之前，我们以许可页面为准。包含 P1 的套件符合要求是推断得出的（见关于套件的步骤）。

step-configure-licence-2021-list = 把 2021 年的许可证列表当作历史资料，而非现行规则
    .summary = 旧版门户帮助页（中文版日期为 2021-03-04）列出了 Office 365 付费 SKU、Azure AD Basic、Azure AD Premium、EMS 和 SPE，其中多个名称和规则已经变化。
    .why =
        以下是 Azure 门户帮助页“自助式密码重置出现问题”中的历史列表。来电用户和旧的内部知识库仍会引用它，所以保留在这里：
        - 必须在组织中至少分配一个许可证。
        - 仅限云的用户：任意 Office 365 付费 SKU，或 Azure AD Basic。
        - 云用户和/或本地用户：Azure AD Premium P1 或 P2、企业移动性 + 安全性（EMS）或 Secure Productive Enterprise（SPE）。

        变化如下：
        - “组织中至少一个许可证”已改为明确的按用户许可：每个使用该功能的用户都需要许可证。
        - Azure AD Premium P1 和 P2 现在叫 Microsoft Entra ID P1 和 P2。
        - SPE 是 Microsoft 365 E3 和 E5 的旧名称。
        - Microsoft 365 商业版现在叫 Microsoft 365 商业高级版，并包含密码写回。
        - 仅限云的用户重置密码现在从 Microsoft 365 商业标准版起提供；Entra ID 免费版只能更改密码。
        - 已同步用户的密码写回需要 Entra ID P1 或 P2，或商业高级版。
        - 分配许可证需要用户设置“使用位置”（2018 年许可页面中的说明）。
    .check =
        1. 如果来电用户或旧工单引用“任意 Office 365 付费 SKU”或“Azure AD Basic”，不要直接认可，而是按当前许可表核对该用户。
        2. 换算旧名称：Azure AD Premium 对应 Entra ID P1/P2，SPE 对应 Microsoft 365 E3/E5，Microsoft 365 商业版对应商业高级版。
        3. 用按用户分配的规则取代“每个组织一个许可证”的说法。
        4. 答复中附上当前的许可页面链接，而不是存档副本。
    .uncertain = 该门户帮助页没有日期（约写于 2017 年至 2021 年之间）。当前页面没有说明单独的 Office 365 付费计划是否仍允许仅限云的用户重置密码；商业版在 2019 年获得写回这一时间来自 GitHub 问题。

step-configure-admin-licence-blade = 为看不到“密码重置”的管理员分配许可证
    .summary = 管理员本人没有 Entra ID 许可证时，可能看不到“密码重置”边栏选项卡，也看不到“自助服务密码管理”（Self-Service Password Management）审核活动。
    .why =
        “找不到密码重置页面”通常有两个原因。第一，配置 SSPR 的管理员本人需要 Entra ID 许可证；没有许可证时，“密码重置”边栏选项卡以及审核日志中的“自助服务密码管理”活动可能不会显示。第二，导航位置变过：当前管理中心为“Entra ID” > “密码重置”，2023 年至 2025 年年中的文档为“保护” > “密码重置”，Azure 门户中为“Microsoft Entra ID” > “密码重置”。

        边栏选项卡正常显示时包含以下页面：“属性”、“身份验证方法”、“注册”、“通知”、“自定义”、“本地集成”、“管理员策略”、“审核日志”和“使用情况和见解”。
    .check =
        1. 询问管理员使用的是哪个门户、哪条路径。分别试一下 Entra 管理中心路径和 Azure 门户按钮。
        2. 检查管理员本人的许可证（“用户” > 该管理员 > “许可证”），而不只是租户的许可证。
        3. 为该管理员分配 Entra ID 许可证，然后注销并重新登录。
        4. 打开“Entra ID” > “密码重置” > “审核日志”。每个注册项都会单独记录，因此一次注册可能显示多行：导出日志后按用户透视汇总。
    .expected = 管理员能看到包含全部页面的“密码重置”边栏选项卡，以及“自助服务密码管理”审核活动。

step-configure-notifications-customization = 检查通知设置和支持链接
    .summary = “通知”决定重置后谁会收到邮件；“自定义”决定“联系管理员”链接把无法继续的用户引向哪里。
    .why =
        “通知”页面：
        - “重置密码时通知用户”：重置后向用户的主要电子邮件和备用电子邮件发送邮件（没有时使用 UPN）。
        - “当其他管理员重置其密码时通知所有管理员”：向全局管理员的主要电子邮件发送邮件。

        “自定义”页面：将“自定义支持链接”设为“是”并填写“自定义支持电子邮件或 URL”，即可替换“联系管理员”链接的目标。当服务无法联系到用户时（约 10 秒后），重置页面会显示该链接以及“重试”。

        据 Microsoft 旧版文档，不设置自定义链接时，请求会依次发送给密码管理员、用户管理员、全局管理员。设置自己的支持电子邮件或 URL，就不必猜测请求去了哪里。
    .check =
        1. 打开“Entra ID” > “密码重置” > “通知”，查看两项设置。
        2. 如果来电用户说没有收到确认邮件，先确认“重置密码时通知用户”为“是”，再检查垃圾邮件文件夹和用户已注册的备用电子邮件地址，并确保 SSPR 发送验证码所用的发件人地址（msonlineservicesteam@microsoft.com、msonlineservicesteam@microsoftonline.com）没有被筛选。确认邮件是否使用相同的发件人，请在你的租户的邮件跟踪中核实。
        3. 打开“自定义”，将“自定义支持链接”设为“是”，填写有人值守的技术支持邮箱或工单门户的 URL，然后选择“保存”。
        4. 使用非管理员测试用户打开 aka.ms/sspr，检查“联系管理员”现在指向哪里。
    .expected = 用户重置后会收到确认邮件，“联系管理员”链接能到达你的技术支持团队。
    .uncertain = “密码管理员、用户管理员、全局管理员”的发送顺序只出现在 Microsoft“SSPR 工作原理”页面的 2023 年版本中，2025 年版本已删除。

step-configure-b2b-guests = 将来宾（B2B）用户引导到正确的重置途径
    .summary = 来宾的密码归其所属组织或其 Microsoft 帐户管理，因此你的租户的 SSPR 设置对他们不适用。
    .why =
        来自其他 Microsoft Entra 租户的 B2B 来宾使用其所属组织的帐户登录。适用的是合作伙伴租户自己的 SSPR 设置、许可证和方法，你在本租户中的任何配置都改变不了这一点。通过自助注册加入的用户，以及背后没有合作伙伴 Entra 租户的 B2B 用户，使用其注册的电子邮件地址重置密码。使用个人 Microsoft 帐户（outlook.com、hotmail.com 等）的来宾根本不是 Entra 帐户，必须使用 Microsoft 帐户恢复。
    .check =
        1. 在 Entra 管理中心打开“用户” > 来电用户，查看用户类型（来宾）和标识来源。
        2. 来自其他组织的来宾：请来电用户联系该组织的技术支持，是否为其启用 SSPR 由该组织的管理员决定。
        3. 自助注册用户（或背后没有合作伙伴 Entra 租户的 B2B 用户）：请其在 aka.ms/sspr 上使用注册时的电子邮件地址重置。
        4. 个人 Microsoft 帐户：引导其使用 Microsoft 帐户恢复，而不是 aka.ms/sspr。
    .expected = 来电用户被引导到真正管理其密码的组织或恢复流程。

step-configure-scope-out-of-scope-change = 把更改密码时误报的“复杂性”错误当作范围问题处理
    .summary = 不在 SSPR 范围内的已同步用户在云中更改密码时，可能被告知新密码不符合长度、复杂性、期限或历史记录要求，尽管密码其实合规。
    .why =
        对于已同步的用户，在“我的帐户”或“我的登录”中更改密码会写回 AD，而这条写回路径要求用户在 SSPR 范围内。用户不在所选组中时，一次实验测试显示的是误导性的“长度、复杂性、期限或历史记录”消息，而不是范围错误。支持人员因此常常把时间浪费在 AD 密码策略上。

        如何区分：本地真正拒绝更改时，Microsoft Entra Connect 服务器的应用程序事件日志中会有 31008，以及 33008 或 6329。范围问题预计不会留下这些事件，因为请求应当根本没有到达 AD；这一点同样来自该实验测试，请在你的租户中确认。
    .check =
        1. 确认来电用户是已同步的用户，并且消息出现在更改已知密码时（“我的帐户”或“我的登录”），而不是在 aka.ms/sspr 上重置时。
        2. 打开“Entra ID” > “密码重置” > “属性”查看范围；如果是“选定”，在该组中查找来电用户。
        3. 将来电用户加入该组（或将范围设为“全部”），然后请其再次更改密码。
        4. 如果仍被拒绝，就按真正的本地策略拒绝处理，转到“错误消息”类别（事件 33008 和 6329、最短密码期限）。
    .expected = 来电用户进入范围后，同一个合规密码会被接受。
    .uncertain = 此行为来自一篇社区博客的实验测试（2023 年），并非 Microsoft 文档。

step-configure-onprem-integration-tab = 处理缺失或显示为灰色的“本地集成”选项卡
    .summary = 只有在 Microsoft Entra Connect 中配置了密码写回、且租户有支持写回的许可证后，该选项卡才可用；除非部署了预配代理，否则云同步选项应保持关闭。
    .why =
        “Entra ID” > “密码重置” > “本地集成”包含云端的写回开关：
        - “将密码写回到本地目录?”（新标签：“为已同步的用户启用密码写回”，英文界面为 Enable password write back for synced users）。设为“否”时，即使 Microsoft Entra Connect 运行正常，联合用户、直通身份验证用户和密码哈希同步用户也无法重置（SSPR_0010）。更改此项无需改动 Microsoft Entra Connect。
        - “使用 Microsoft Entra Connect 云同步写回密码”（Write back passwords with Microsoft Entra Connect cloud sync）。只适用于运行云同步预配代理的租户；只有 Microsoft Entra Connect 同步时，勾选此项会报错。
        - “允许用户在不重置密码的情况下解锁帐户?”。“是”表示用户可以选择只解锁；“否”表示重置时总会同时解锁。

        该页面还显示写回客户端的运行状况消息。修改这些设置至少需要混合标识管理员角色。

        选项卡缺失、选项显示为灰色或提示“尚未启用本地集成”时，原因是：本地尚未配置 Microsoft Entra Connect（或云同步）写回，或者租户没有支持写回的许可证（Entra ID P1 或 P2，或商业高级版）。在一个已报告的案例中，从 Office 365 商业版迁移到 Microsoft 365 商业版后，这些选项一直是灰色。Microsoft 建议直接在 passwordreset.microsoftonline.com 和更改密码页面上测试，并列出租户订阅的产品；如果测试都成功，那只是该页面的显示问题。
    .check =
        1. 确认你使用的帐户至少拥有混合标识管理员角色。
        2. 确认租户有支持写回的许可证（Entra ID P1 或 P2，或 Microsoft 365 商业高级版），并已分配给已同步的用户。
        3. 在 Microsoft Entra Connect 服务器上打开 Microsoft Entra Connect 向导 > “配置” > “自定义同步选项” > “可选功能”，检查是否勾选了“密码写回”（未勾选时见下一步）。
        4. 重新打开“本地集成”，阅读状态消息，将写回选项设为“是”，然后选择“保存”。
        5. 只有当这些用户由 Microsoft Entra Connect 云同步预配代理预配时，才勾选云同步选项；否则保持不勾选。
        6. 如果选项仍为灰色，使用一个已同步的非管理员用户在 passwordreset.microsoftonline.com 和更改密码页面上测试。如果两者都成功，并且 Microsoft Entra Connect 的应用程序事件日志中先后出现 31001 和 31002，记录这一显示问题后继续。
    .expected = “本地集成”可用，显示写回客户端正在运行，已同步的用户能够重置密码。
    .uncertain = “页面为灰色但重置正常就只是显示问题”这一结论来自与 Microsoft 的 GitHub 讨论，而非文档。此页面的运行状况消息列表来自 2023 年版本的 Microsoft 文档。

step-configure-writeback-setup = 确认 Microsoft Entra Connect 已启用写回且 AD 权限正确
    .summary = 只有在 Microsoft Entra Connect 向导中启用了“密码写回”，并且 AD DS 连接器帐户（MSOL_ 帐户）在 AD 中拥有重置所需的权限时，已同步的用户才能重置密码。
    .why =
        在 Microsoft Entra Connect 向导中依次选择“配置” > “自定义同步选项” > “可选功能” > “密码写回”即可启用写回。向导中的 Entra ID 登录步骤要求提供混合标识管理员（Hybrid Identity Administrator；Microsoft 的写回页面称之为“Hybrid Administrator”）凭据（旧文档为全局管理员）。该帐户必须已分配许可证且是仅限云的帐户，不能是联合帐户；否则配置会失败，提示“无法配置密码写回。请确保你拥有所需的许可证。”（服务器时钟偏差和未启用 TLS 1.2 也会导致同样的消息）。

        在 AD 中，AD DS 连接器帐户（通常为 MSOL_xxxxxxxxxxxx 形式）需要在每个域的根上拥有：
        - “重置密码”，应用于“后代用户对象”
        - “写入 lockoutTime”和“写入 pwdLastSet”，应用于“后代用户对象”
        - “不过期密码”，应用于“此对象和所有后代对象”
        - “更改密码”：当前的 Microsoft Entra Connect 教程仍将其列为必需，但其分步说明中没有，默认 ACL 也显示更改权限来自 Everyone 和 SELF。授予它不会有坏处。

        Set-ADSyncPasswordWritebackPermissions（ADSyncConfig 模块）可以一次性授予这些权限。OU 和用户对象上必须启用继承，否则继承的权限到不了它们；受保护组的成员（adminCount=1）会因 AdminSDHolder 而失去继承的权限。新授予的权限可能需要一小时或更长时间才能复制并应用到用户上。
    .check =
        1. 在 Microsoft Entra Connect 服务器上打开向导 > “配置” > “自定义同步选项” > “可选功能”。必须勾选“密码写回”，并使用已分配许可证、仅限云的混合标识管理员完成向导。如果没有安装 Entra Connect 或版本过旧，请从 Microsoft Entra 管理中心获取安装程序（“Entra Connect” > “入门” > “管理”）；下载中心已不再提供。
        2. 找到连接器帐户：“同步服务管理器” > “连接器” > AD 连接器 > “属性” > “连接到 Active Directory 林” > “用户名”。
        3. 使用 Set-ADSyncPasswordWritebackPermissions 授予权限，或在“Active Directory 用户和计算机”中对域根手动授予。
        4. 检查一个受影响的用户：“Active Directory 用户和计算机”（“查看” > “高级功能”）> 用户 > “安全” > “高级” > “有效访问权限”，选择 MSOL_ 帐户，确认有“重置密码”。同时确认已启用继承。
        5. 等待一小时或更长时间完成复制，然后重试重置。更深入的写回错误（SSPR_0029、SSPR_0030、各事件 ID）见“错误消息”类别。
    .expected = 向导中已勾选“密码写回”，MSOL_ 帐户对该用户拥有“重置密码”“写入 lockoutTime”“写入 pwdLastSet”和“不过期密码”权限，测试重置会先后记录 31001 和 31002。
    .uncertain = Microsoft 的资料对连接器帐户是否需要“更改密码”权限说法不一；已发布的教程仍列出该权限，因此授予它是稳妥的做法。

step-configure-windows-reset-link = 找出隐藏 Windows 登录屏幕上“重置密码”链接的原因
    .summary = 只有当用户已启用 SSPR、设备已部署 Windows SSPR 功能，并且没有冲突的登录或锁屏策略时，该链接才会出现。
    .why =
        从 Windows 登录屏幕使用 SSPR 时，密码框下方会出现“重置密码”链接。前提是用户先能在浏览器中完成重置（范围、许可证、已注册的方法），并且设备已收到 Microsoft“从 Windows 登录屏幕使用 SSPR”页面中所述的 Windows SSPR 策略。即便如此，以下设备设置仍会隐藏该链接或使其失效：
        - 禁用锁屏（NoLockScreen），或关闭锁屏通知（DisableLockScreenAppNotifications）
        - 设置了 HideFastUserSwitching、DontDisplayLastUserName、BlockNonAdminUserInstall 或 EnableLostMode
        - 自定义 Shell
        - “交互式登录: 需要 Windows Hello 企业版或智能卡”（scforceoption；Windows 10 1903 及更高版本和 Windows 11 上的名称；Microsoft 的 SSPR 页面仍使用旧名称“交互式登录: 需要智能卡”）
        - 组合：“无须按 Ctrl+Alt+Del”= 已禁用（Windows 10 1710 及更早版本）、DisableLockScreenAppNotifications = 1 且为 Windows 家庭版
        - 通过 EnableLUA 关闭了 UAC
        - 802.1x 网络身份验证设为“在用户登录前立即执行”
        - 远程桌面或 Hyper-V 增强会话
        - 某些第三方凭据提供程序

        不在此列表中的情况：无法连通域控制器的 Microsoft Entra 混合联接设备。SSPR 本身在公司网络之外也能完成；设备只是在重置之后才需要连通域控制器（办公网络或 VPN），以接受新密码并更新缓存的凭据。在此之前，设备仍会要求输入旧密码。
    .check =
        1. 请来电用户先在浏览器中通过 aka.ms/sspr 重置一次。如果失败，先解决范围、许可证或方法的问题。
        2. 与管理员确认文档页面中的 Windows SSPR 策略已分配给此设备。
        3. 对照上面的列表，检查设备上应用的组策略和 Intune 设置（例如使用组策略结果报告）。
        4. 如果强制执行了“需要 Windows Hello 企业版或智能卡”（旧名称“需要智能卡”，scforceoption），请将需要在登录屏幕重置密码的用户排除在外。
        5. 删除或排除冲突的设置，重启设备，再查看链接。如果来电用户处于远程会话或增强会话中，请在设备本机控制台上测试。
    .expected = 登录屏幕上出现“重置密码”，点击后进入重置流程。

step-configure-windows-conflicting-profiles = 检查展台、安全评估或安全基线配置文件
    .summary = 某些 Intune 配置文件（例如“安全评估（教育）”、展台配置文件和安全基线）曾导致 Windows 上的“重置密码”链接消失。
    .why =
        这些配置文件会锁定登录屏幕和锁屏，与从 Windows 登录屏幕使用 SSPR 的要求相冲突。在一个已报告的案例中，收到 Intune“安全评估（教育）”（Secure assessment (Education)）配置文件的设备上“重置密码”链接消失，删除该配置文件后链接恢复。据报告，展台配置文件和某些安全基线也有同样的影响。
    .check =
        1. 在 Intune 中打开该设备，列出分配给它的配置文件和安全基线。
        2. 查找“安全评估（教育）”、展台配置文件和安全基线。
        3. 将一台测试设备移出该配置文件的分配范围，同步后重启。
        4. 如果链接恢复，请与该配置文件的负责人商定：这些设备或用户是否可以不使用登录屏幕重置，或者将其排除。
    .expected = 你已确定是哪个配置文件移除了链接，并由其负责人决定以哪项设置为准。
    .uncertain = 此冲突来自 GitHub 问题中报告的案例，并不在 Microsoft 页面列出的限制中。

step-configure-faq = 查阅密码常见问题解答中的限制和时间说明
    .summary = Microsoft 的密码管理常见问题解答能回答大多数关于 SSPR“能试几次”“要等多久”的问题。
    .why =
        很多“坏了”的来电其实是限制在按设计工作：
        - 限制：1 小时内 5 次电话验证（身份验证应用或短信尝试）、5 次安全问题尝试或同一帐户 5 次重置；10 分钟内 10 封电子邮件；或 24 小时内 5 次未能证明身份。之后用户必须在最后一次尝试后等待 24 小时。成功重置后计数器清零。
        - 一次性验证码有效期为 5 分钟，整个重置会话持续 15 分钟。

        遇到其他问题时，请先查阅常见问题解答，再提交支持案例。旧版帮助页链接的是较早的常见问题解答地址，请使用下方按钮中当前的 learn.microsoft.com 页面。
    .check =
        1. “尝试次数过多”或“今天已被阻止”：确认触发了哪项限制，请来电用户在最后一次尝试后等待 24 小时，不要让其反复重试。
        2. “验证码已过期”：请来电用户重新开始流程，在 5 分钟内输入验证码，并在 15 分钟内完成。
        3. 其他问题：先搜索常见问题解答，再看故障排除页面。
        4. 如果两者都没有答案，先在 Microsoft Q&A（Entra ID 标签）中搜索，再提交支持案例。
    .expected = 来电用户从常见问题解答中得到答案，或者你在升级前已排除了这些情况。

# --- 2027：2027 年的来电（issue #13；内容审核 2026-12，B1、C5、C8） ---

step-configure-windows-sspr-prerequisites = 检查从 Windows 登录屏幕重置的前提条件和失败情形
    .summary = 从 Windows 登录屏幕重置需要 Windows 10 1803 或更高版本、已加入 Microsoft Entra 或 Microsoft Entra 混合联接的设备、AllowPasswordReset 设置，以及临时帐户 defaultuser1 的网络访问。
    .why =
        Windows 登录屏幕上的“重置密码”链接只在 Windows 10 1803 或更高版本、已加入 Microsoft Entra 或已建立 Microsoft Entra 混合联接的设备上出现，而且需要明确启用：Intune OMA-URI ./Device/Vendor/MSFT/Policy/Config/Authentication/AllowAadPasswordReset = 1，或注册表值 HKLM\SOFTWARE\Policies\Microsoft\AzureADAccount\AllowPasswordReset = 1。
        重置以临时帐户 defaultuser1 运行。它需要通过 HTTPS（443）访问 passwordreset.microsoftonline.com 和 ajax.aspnetcdn.com；如果使用代理，必须是计算机级别的代理，用户级别的代理设置对 defaultuser1 无效。无法访问时，用户会看到“Something went wrong. Please, try again later.”。防病毒软件应排除 passwordreset.microsoftonline.com、ajax.aspnetcdn.com 和 ocsp.digicert.com。
        Windows 11 无法从已锁定的用户会话启动 SSPR：必须从登录屏幕启动。从锁屏切换过慢时，看起来就像反复回到登录屏幕。
        Entra 审核日志会记录重置及其 ClientType 和 IP 地址，可以据此判断尝试是否到达了 Microsoft。
    .check =
        1. 检查 Windows 版本（winver：1803 或更高）和加入状态（dsregcmd /status：AzureAdJoined，或 DomainJoined 且 AzureAdJoined 为 YES）。
        2. 检查设置：Intune 配置文件中 AllowAadPasswordReset = 1，或 HKLM\SOFTWARE\Policies\Microsoft\AzureADAccount 下的注册表值 AllowPasswordReset = 1。
        3. 如果用户看到“Something went wrong. Please, try again later.”，检查到 passwordreset.microsoftonline.com 和 ajax.aspnetcdn.com 的 443 端口是否开放，以及使用的代理是否为计算机级别（netsh winhttp show proxy）。
        4. 检查防病毒软件是否排除了 passwordreset.microsoftonline.com、ajax.aspnetcdn.com 和 ocsp.digicert.com。
        5. 在 Windows 11 上，让用户注销或重启，从登录屏幕而不是已锁定的会话开始重置。
        6. 在 Entra 审核日志中查找这次重置尝试及其 ClientType 和 IP 地址。
    .expected = 登录屏幕上显示链接，重置页面能够加载，用户设置了新密码。

step-configure-sspr-admin-role = 使用有权更改 SSPR 设置的角色
    .summary = 更改“密码重置”设置至少需要身份验证策略管理员；“本地集成”（写回）页需要混合标识管理员。
    .why =
        Microsoft 的 SSPR 教程要求至少具有身份验证策略管理员角色，才能更改“密码重置”设置（属性、身份验证方法、注册、通知、自定义）。写回教程要求使用混合标识管理员操作“本地集成”页；Microsoft 的写回页面有时称之为“Hybrid Administrator”。
        支持管理员和密码管理员可以重置用户密码，但不能更改策略，所以拥有这些角色的人员看到的设置是只读的，或者无法保存。
    .check =
        1. 询问管理员持有哪个角色（“Entra ID” > “角色和管理员”，或该用户的“已分配角色”）。
        2. 更改“属性”“身份验证方法”“注册”“通知”或“自定义”时，至少使用身份验证策略管理员（或全局管理员）。
        3. 更改“本地集成”时，使用混合标识管理员。
        4. 如果角色通过 Privileged Identity Management 激活，请先激活角色再打开“密码重置”。
    .expected = 管理员能够保存所需的更改。

step-configure-telecom-provider = 决定是否为短信和电话呼叫配置客户管理的电信提供商
    .summary = 自 2026 年 10 月 30 日起，租户可以通过 Microsoft Security Store 配置电信提供商；2027 年 2 月 1 日之后，这是保留短信和电话验证码（包括 SSPR）的唯一方式。
    .why =
        Microsoft 于 2027 年 2 月 1 日停止自己的短信和电话呼叫发送。提供商在 Microsoft Security Store 中列出（2026 年 9 月 18 日起公布信息，2026 年 10 月 30 日起可配置）；租户与提供商签约，并按消息付费。
        Microsoft 建议所有人使用通行密钥，只为确有法规或业务需要的用户组使用电信提供商。对 SSPR 来说，更省钱的办法通常是让用户改用 SSPR 接受的 Microsoft Authenticator、电子邮件或 OATH 验证码；仅有通行密钥无法重置密码。
        要找出仍依赖短信或电话呼叫的用户，Microsoft 提供了短信/电话使用情况脚本（角色：全局读取者、身份验证策略管理员或安全读取者）。
    .check =
        1. 列出仍启用短信或电话呼叫的用户，以及 SSPR 可用方法只有电话号码的用户。
        2. 按组决定：改用 Authenticator、电子邮件或 OATH，还是通过提供商保留短信和电话呼叫。
        3. 如果需要提供商，请在 2027 年 2 月 1 日前在 Microsoft Security Store 中选择并配置，并用试点组测试，包括一次通过短信完成的 SSPR 重置。
        4. 告诉技术支持哪些组保留了短信和电话呼叫，让支持人员知道 2027 年 2 月 1 日之后收不到短信是否属于预期情况。
    .expected = 每个用户都有 2027 年 2 月 1 日之后仍可用的方法：非电话方法，或通过租户的提供商发送的短信和电话呼叫。
    .uncertain = 提供商页面（2026-08-04）标为 AI 生成，停用页面（2026-06-10）标为 AI 辅助编写；日期与“新增功能”一致，但请再次核对。Security Store 中的配置界面未实际核对。
