# “registration”类别（zh-CN）：安全信息注册、预填联系信息、用户的注册和重置流程，以及已同步用户的密码写回检查。

category-registration = 安全信息注册和密码写回
    .intro = 处理用户为自助式密码重置（SSPR）注册的身份验证方法、用户资料中的联系信息（自 2026 年 10 月起 SSPR 不再接受），以及依赖密码写回的已同步用户重置问题。先查看用户已注册的内容；只有当用户从本地 AD 同步时，才需要到 Microsoft Entra Connect 服务器上排查。

step-registration-check-registered = 检查用户已注册的身份验证方法
    .summary = 将用户的方法数与 SSPR 策略要求的数量进行比较：少于要求数量的用户视为未注册，会收到 SSPR_0014。
    .why =
        只有当用户拥有的方法数量达到“重置所需的方法数”（1 或 2）时，SSPR 才视其为已注册，并且只计算允许该用户使用的方法。在身份验证方法策略已迁移完成的租户中（自 2025 年 9 月 30 日起的常见情况），这由身份验证方法策略决定，而不是“密码重置”页上“可供用户使用的方法”中的勾选；那里只有安全问题仍然有效。例如，策略要求两种方法而用户只有一个电话号码，即使已有信息，也会被 SSPR_0014（需要额外的安全信息）拒绝。
        策略调整也会悄悄造成这种情况：将要求从 1 种提高到 2 种，或关闭用户依赖的某种方法（例如安全问题），原本已注册的用户会立即变成未注册。
        用户资料中的联系信息不再计入。Microsoft 关于预填联系信息的页面给出的日期是 2026 年 10 月 5 日：从那天起，SSPR 只接受已注册为身份验证方法的方法，因此“移动电话”“办公电话”和备用电子邮件属性（mobilePhone、businessPhones、otherMails）无论是从 AD 同步的还是管理员填写的，都不能再让用户重置密码。“从没注册过、以前一直能用”的来电用户，依赖的正是这些属性。
        管理员帐户例外：无论用户策略如何设置，始终适用 Microsoft 的双门策略（两种方法，永远不能使用安全问题）。
    .check =
        1. 在 Microsoft Entra 管理中心打开“用户”，选择该用户，再打开“身份验证方法”。记下列出的每种方法：电话号码、电子邮件、Microsoft Authenticator 应用、OATH 令牌。
        2. 打开“Entra ID” > “密码重置” > “身份验证方法”，记下“重置所需的方法数”以及是否启用了安全问题。
        3. 确定用户可以使用哪些方法：如果租户的迁移状态为“迁移完成”（见“重置策略”类别中的迁移步骤），查看身份验证方法策略中面向该用户的条目（电子邮件 OTP、短信、语音呼叫、允许 OTP 的 Microsoft Authenticator、OATH 令牌）；只有尚未完成迁移的租户，才需同时查看“可供用户使用的方法”。只统计用户在这一范围内的方法；用户资料中的“移动电话”“办公电话”和备用电子邮件属性不计入（自 2026 年 10 月 5 日起）。
        4. 如果数量不足：让用户本人到 aka.ms/ssprsetup（“安全信息”）注册缺少的方法。如果用户无法登录，先由你为其重置密码，再让用户立即注册。填写用户资料中的属性已无济于事。
        5. 如果用户拥有任何 Entra 管理员角色，请改按双门管理员策略（两种方法，不能使用安全问题）判断。
    .expected = 用户拥有的、策略允许的方法不少于要求数量，且每个电话号码和电子邮件地址都正确、可联系到。

step-registration-data-fields = 了解 SSPR 可以使用哪些联系信息
    .summary = 自 2026 年 10 月起，SSPR 只使用已注册的身份验证方法，不再使用公开的目录属性；电话号码必须写成 +86 13812345678 的格式，分机号会被去掉。
    .why =
        私有字段：身份验证电话、备用身份验证电话、身份验证电子邮件和安全问题。用户在注册时填写（备用身份验证电话只能在管理模式下添加，且需启用电话呼叫）；管理员可以将其中的电话和电子邮件作为身份验证方法添加。只有用户本人和特权身份验证管理员可以看到这些字段。
        公开的目录属性：“移动电话”（mobilePhone，从 AD 的 mobile 同步）、“办公电话”（businessPhones，从 AD 的 telephoneNumber 同步）和备用电子邮件（otherMails）。目录中的所有人都能看到。以前，用户无需注册即可用这些属性重置密码；Microsoft 的页面给出的结束日期是 2026 年 10 月 5 日。此后，除非同一号码或地址已注册为身份验证方法，SSPR 会忽略这些属性；用户首次注册时，仍会看到预先填好的“移动电话”和备用电子邮件。
        2027 年 2 月 1 日之后，电话数据的作用会变小：从那天起 Microsoft 不再发送短信或语音验证码，SSPR 也不例外，只有租户配置了客户管理的电信提供商时电话号码才有用。应优先确保电子邮件地址和 Authenticator 应用正确。
        安全问题只属于用户本人：管理员无法读取、设置或同步安全问题，管理员帐户也永远不能使用安全问题。
        电话号码格式为“+国家/地区代码、一个空格、号码”，例如 +86 13812345678。分机号会被去掉：+86 13812345678X12345 拨出时不带 X12345。缺少国家/地区代码或空格，是验证码收不到、注册时不显示号码的常见原因。短信和电话呼叫不支持虚拟号码（VoIP 类号码）。
        预填的“移动电话”和备用电子邮件会在用户首次注册时显示，用户可以修改；注册后，这些值保存在身份验证电话和身份验证电子邮件中。从这时起，它们才计入 SSPR。
    .check =
        1. 在用户的“身份验证方法”页上，查看 SSPR 将提供的电子邮件地址、Authenticator 条目和电话号码；2027 年 2 月 1 日之后，只有租户使用自己的电信提供商时才把电话计算在内。
        2. 在用户属性中，查看“移动电话”“办公电话”和备用电子邮件。如果号码或地址只在这里、不在“身份验证方法”页上，重置时不会提供它，用户必须到 aka.ms/ssprsetup 自行注册。
        3. 逐个检查号码：+国家/地区代码、一个空格、号码，不带分机号，且属于真实的移动运营商而不是虚拟号码。
        4. 在数据的权威来源处更正错误值：已同步用户在本地 AD 中修改（mobile、telephoneNumber），其他用户在 Entra ID 中修改。
        5. 如果号码需要分机，请在 PBX 中设置转接，或改用直拨号码。
        6. 如果用户不希望号码公开，请将其从“移动电话”中删除，改由用户注册为身份验证电话。
    .expected = 所有电话号码均为 +86 13812345678 格式且不带分机号，电子邮件地址是用户在工作帐户之外也能打开的邮箱。

step-registration-prepopulate-graph = 以管理员身份为用户添加电话和电子邮件方法
    .summary = 管理员仍可添加 phoneMethods 或 emailMethods（通过 Microsoft Graph，或在用户的“身份验证方法”页上选择“+ 添加”）；自 2026 年 10 月起，SSPR 是否计入这类方法尚未确认。
    .why =
        依靠预填联系信息推出 SSPR 的做法已经结束：自 2026 年 10 月 5 日起（Microsoft 页面上的日期），SSPR 只接受已注册的身份验证方法，“移动电话”“办公电话”和备用电子邮件这些目录属性不再计入。用户需要到 aka.ms/ssprsetup 自行注册方法；自 2026 年 11 月 9 日起，在要求登录时注册的租户中，注册活动会提示方法不够的用户。
        Graph 身份验证方法 API 写入的是方法，而不是目录属性，因此在这里添加的方法不属于 Microsoft 说明中排除的那一类；但说明也没有讲清管理员创建的方法是否算作“明确注册”。最多把它当作过渡手段，先用一次重置测试，并且仍要让用户自行注册。
        对应的 API 终结点为：POST /users/<user-id>/authentication/phoneMethods，请求正文包含 phoneNumber 和 phoneType（mobile、alternateMobile 或 office）；POST /users/<user-id>/authentication/emailMethods，请求正文包含 emailAddress。PowerShell 中对应 New-MgUserAuthenticationPhoneMethod 和 New-MgUserAuthenticationEmailMethod。自 2025 年 10 月起，每种方法都有自己的最低特权 Graph 权限：电话方法为 UserAuthMethod-Phone.ReadWrite.All，电子邮件方法为 UserAuthMethod-Email.ReadWrite.All（针对登录用户自己的方法则为 .ReadWrite 形式）；范围更广的 UserAuthenticationMethod.ReadWrite.All 仍然可用，但会授予所有方法的权限。
        优先预填电子邮件：除非租户配置了客户管理的电信提供商，Microsoft 将于 2027 年 2 月 1 日停止发送短信和语音验证码，因此只由管理员添加电话并不能保证用户以后仍能重置密码。
        必须先有 mobile 电话方法，才能添加 alternateMobile。这些属于私有字段；文档指定由特权身份验证管理员角色设置。
    .check =
        1. 单个用户：Entra 管理中心 > “用户” > 该用户 > “身份验证方法” > “+ 添加”。选择电话号码或电子邮件，按 +86 13812345678 格式输入号码并保存。Microsoft 365 管理中心的用户页面也提供相同操作。
        2. 批量处理：Connect-MgGraph -Scopes "UserAuthMethod-Email.ReadWrite.All","UserAuthMethod-Phone.ReadWrite.All"（只请求要添加的方法对应的范围；UserAuthenticationMethod.ReadWrite.All 也可用，但权限更广）。
        3. 电话：New-MgUserAuthenticationPhoneMethod -UserId user@contoso.com -PhoneNumber "+86 13812345678" -PhoneType "mobile"
        4. 电子邮件：New-MgUserAuthenticationEmailMethod -UserId user@contoso.com -EmailAddress "user.private@example.com"
        5. 只有在 mobile 方法已存在后，才添加 alternateMobile 或 office 号码。
        6. 重新打开用户的“身份验证方法”页，确认新条目已列出，然后让用户在 aka.ms/sspr 试一次。如果重置仍提示帐户未注册，说明该方法不计入：请用户到 aka.ms/ssprsetup 自行注册。
    .expected = 电话和电子邮件作为方法显示在用户上，测试重置时会提供它们；否则由用户自行注册这些方法。
    .uncertain = Microsoft 预填页面上的说明（2026-12-06 读取的在线版本）只提到从未注册过的目录属性（mobilePhone、businessPhone、otherMails）不再被接受，没有说明管理员通过 Graph 或“+ 添加”创建的电话或电子邮件方法是否算作明确注册。依赖这种做法之前，先用一个用户测试。

step-registration-prepopulate-powershell = 读取用户资料中的联系属性（SSPR 已不再使用）
    .summary = Update-MgUser 仍可设置 mobilePhone、otherMails 和 businessPhones，但自 2026 年 10 月起，除非用户注册了相同的值，SSPR 会忽略这些属性；用 Get-MgUser 可以看到来电用户以为已登记的信息。
    .why =
        过去，设置这些属性是无需用户注册即可部署 SSPR 的方法。Microsoft 的页面给出的结束日期是 2026 年 10 月 5 日：从那天起，SSPR 只接受已注册的身份验证方法，只有当同一号码或地址已注册为方法时，mobilePhone、businessPhones 和 otherMails 才计入。用 Update-MgUser 填写这些属性，已不能让用户重置密码。
        这些属性在其他方面仍有作用：它们在目录中是公开的；用户首次注册时会看到预先填好的“移动电话”和备用电子邮件；对于已同步用户，“移动电话”和“办公电话”由 Entra Connect 从 AD 写入，因此已同步用户请在 AD 中更正。读取需要 User.Read.All 权限，更新需要 User.ReadWrite.All 权限。
        来电用户说“我的资料里有号码”时，读取这些属性，与“身份验证方法”页对比，然后请用户到 aka.ms/ssprsetup 注册该号码或地址。
    .check =
        1. Connect-MgGraph -Scopes "User.Read.All"
        2. 读取：Get-MgUser -UserId user@contoso.com -Property otherMails,mobilePhone,businessPhones | Select-Object otherMails, mobilePhone, businessPhones
        3. 与“用户” > 该用户 > “身份验证方法”对比：只存在于这些属性中的值，重置时不会提供。
        4. 请用户到 aka.ms/ssprsetup 注册该值，最好同时注册 Microsoft Authenticator 应用或电子邮件地址（Microsoft 发送的短信和语音将于 2027 年 2 月 1 日结束）。
        5. 仅为保持资料正确（与 SSPR 无关）：Update-MgUser -UserId user@contoso.com -MobilePhone "+86 13812345678" 或 -OtherMails @("user.private@example.com")，需要 User.ReadWrite.All，且只用于值不是同步而来的用户；已同步用户请在 AD 中修改。
    .expected = 你清楚哪些联系信息只存在于用户资料中，且用户已在“安全信息”页上注册所需的方法。

step-registration-prepopulate-connect = 通过 Entra Connect 同步移动电话和办公电话
    .summary = Entra Connect 将 AD 的 mobile 复制到“移动电话”，将 telephoneNumber 复制到“办公电话”；自 2026 年 10 月起，这些同步来的号码不再计入 SSPR，只有已注册的方法才计入。
    .why =
        按默认映射，AD 属性 mobile 对应 Entra ID 中的“移动电话”，telephoneNumber 对应“办公电话”。对于已同步用户，这些值以 AD 为准，因此请在本地更正；AD 中的错误格式会原样同步到云中。
        同步只设置目录属性，从不创建已注册的身份验证方法。用户以前可以用这些属性重置密码；Microsoft 的页面给出的结束日期是 2026 年 10 月 5 日，此后，除非用户在 aka.ms/ssprsetup 注册了同一号码，同步来的号码在重置时不会出现。已同步用户来电说“以前一直能用，现在提示我没有注册”，通常就是这个原因。用户注册时，仍会看到预先填好的同步“移动电话”。
        安全问题永远无法同步。
    .check =
        1. 在 Active Directory 中检查用户的 mobile 和 telephoneNumber：+国家/地区代码、一个空格、号码，不带分机号（例如 +86 13812345678）。
        2. 在 AD 中更正这些值，等待 Entra Connect 的下一个同步周期。
        3. 在云中确认：Get-MgUser -UserId user@contoso.com -Property mobilePhone,businessPhones | Select-Object mobilePhone, businessPhones
        4. 仅靠同步已不能让 SSPR 提供这些号码：每个用户都要到 aka.ms/ssprsetup 注册该号码（最好再注册 Microsoft Authenticator 应用或电子邮件地址）。Microsoft 发送的短信和语音将于 2027 年 2 月 1 日停止。
        5. 如果租户要求登录时注册（“密码重置” > “注册”），自 2026 年 11 月 9 日起，注册活动会提示方法不够的用户；请告诉已同步用户完成注册，不要跳过。
        6. 用户希望保密的号码不要放在 AD 的 mobile 中：该属性在目录中是公开的。
    .expected = “移动电话”和“办公电话”显示格式正确的同步号码，且每个用户都已注册 SSPR 在重置时提供的方法。

step-registration-user-registers = 引导用户到 aka.ms/ssprsetup 注册
    .summary = 用户在“安全信息”页（aka.ms/ssprsetup 或 aka.ms/mysecurityinfo）添加方法，只有达到要求的数量后才算已注册。
    .why =
        用户在多重身份验证和 SSPR 共用的“安全信息”页上自行注册，地址为 mysignins.microsoft.com/security-info（短链接 aka.ms/mysecurityinfo 和 aka.ms/setupsecurityinfo）。aka.ms/ssprsetup 是大多数 SSPR 指南给出的短链接，过去会打开旧版仅限 SSPR 的注册页 account.activedirectory.windowsazure.com/PasswordReset/Register.aspx。
        只有在 SSPR 范围内且已分配许可证的用户才能注册，否则页面会显示“管理员未允许你使用此功能”。安全问题只能由用户本人在这里设置。
        只有方法数量达到策略要求后，用户才算已注册。策略要求两种方法时只注册一种，用户仍然无法重置密码。
        如果用户的浏览器已登录到其他租户，可以在地址后加 ?tenant=<name> 或 ?tenantId=<id> 强制打开正确的租户。
    .check =
        1. 确认用户在范围内（“密码重置” > “属性”：“全部”，或“选定”且是该组的成员）并已分配许可证。
        2. 让用户在浏览器的隐私窗口中打开 aka.ms/ssprsetup（或 aka.ms/mysecurityinfo），并用工作帐户登录。
        3. 如果打开的是其他组织，请使用 https://mysignins.microsoft.com/security-info?tenant=contoso.onmicrosoft.com，并换成你的租户名称。
        4. 让用户添加方法，直到达到要求的数量，最好是不同类型的方法，并先添加 2027 年 2 月 1 日之后仍然可用的方法：Authenticator 应用、电子邮件地址、OATH 验证码。电话号码只作为额外的方法（除非租户配置了自己的电信提供商，Microsoft 发送的短信和语音将在那天结束）。
        5. 在你这边检查：用户的“身份验证方法”页已列出新方法。
        6. 如果页面显示“管理员未允许你使用此功能”，先解决范围或许可证问题（“配置 SSPR 和许可证”类别）。
    .expected = “安全信息”页列出的方法不少于要求数量，用户的“身份验证方法”页上也显示相同的方法。
    .uncertain = 尚未实际验证 aka.ms/ssprsetup 当前跳转到哪里：它过去打开旧版仅限 SSPR 的注册页，我们认为现在会打开合并的“安全信息”页。如果用户看到的页面与预期不同，请改为引导其访问 aka.ms/mysecurityinfo。
    .caller =
        若要设置安全信息，请在浏览器中打开 { $url }，并使用您的工作帐户登录。
        在该页面上添加验证方法：最好是 Microsoft Authenticator 应用，以及一个不用这个工作帐户也能打开的电子邮件地址。最好添加两种不同的方法。手机号码可以作为额外的方法，但 Microsoft 将于 2027 年 2 月 1 日停止通过短信和电话呼叫发送验证码。
        如果页面显示“管理员未允许您使用此功能”或其他错误，请把完整的提示内容和发生时间告诉我们。

step-registration-reconfirm-prompts = 解释反复出现的注册提示和“此信息是否为最新？”提示
    .summary = 提示来自“要求用户在登录时注册”、重新确认间隔（0 到 730 天），或用户无法跳过的多重身份验证注册强制要求。
    .why =
        “Entra ID” > “密码重置” > “注册”中有两项设置。“要求用户在登录时注册”（是/否）会在 SSPR 范围内的用户通过浏览器或新式身份验证登录使用 Entra ID 的应用时中断登录，要求注册。用户可以取消，但每次登录都会再次提示；在合并注册中，仅针对 SSPR 的注册中断可以无限期跳过。
        “在多少天后要求用户重新确认其身份验证信息”（0 到 730，0 表示从不）仅在第一项设为“是”时生效。它会定期显示“此信息是否为最新？”（Is this info up to date?）页面，用户在该页确认或修改自己的方法。
        无法跳过的提示来自多重身份验证注册强制要求（条件访问、ID 保护或每用户 MFA），而不是来自 SSPR。
        新创建、已预填数据且在范围内的用户，可能会看到“不要失去对帐户的访问权限！”（Don't lose access to your account!）注册页面，这属于正常现象。
        自 2026 年 11 月 9 日起（Microsoft 页面上的日期），如果“要求用户在登录时注册”设为“是”，注册活动还会提示范围内方法不够 SSPR 使用的用户。依赖用户资料中联系信息的用户也会看到这个提示：这些信息自 2026 年 10 月 5 日起已不再计入。
        管理员：如果关闭了管理员 SSPR（allowedToUseSSPR = false），而管理员仍在用户策略范围内，他们会被要求注册，却无法注册任何方法。请将他们从用户策略范围中排除。
    .check =
        1. 确认用户看到的具体页面：“此信息是否为最新？”（重新确认），还是要求补充信息的页面（注册）。
        2. 打开“Entra ID” > “密码重置” > “注册”，记下两项设置的值。
        3. 重新确认页面：用户核对方法后选择“正常”即可。如果间隔对你的组织来说太短，请增加天数，或设为 0 停止重新确认提示。
        4. 注册页面：检查用户的方法数是否达到要求；达到之前会一直提示。
        5. 如果用户无法跳过提示，请检查多重身份验证注册强制要求：条件访问策略、ID 保护的注册策略，以及用户的每用户 MFA 状态。
        6. 如果用户是管理员且 allowedToUseSSPR 为 false，请将其移出 SSPR 组（或范围）。
    .expected = 用户注册或确认一次后，在重新确认间隔到期之前不会再被提示。

step-registration-unexpected-methods = 查明应用密码等意外出现的方法
    .summary = 在已迁移的租户中，只有身份验证方法策略决定合并注册提供哪些方法；迁移完成前，三个来源中的任一个都可能提供；应用密码只对每用户 MFA 用户显示。
    .why =
        合并注册在同一个“安全信息”页上同时服务于多重身份验证和 SSPR。它读取哪些来源取决于租户的迁移状态：身份验证方法策略迁移完成后，只有该策略有效，旧版 MFA 和 SSPR 方法列表会被忽略；在此之前，它合并 SSPR 的“身份验证方法”页、旧版每用户 MFA 服务设置和身份验证方法策略，只要其中任何一处启用了某种方法，该方法就会显示。
        应用密码根本不是 SSPR 方法。它来自旧版 MFA 设置，只提供给强制启用了每用户多重身份验证（MFA）的用户，这就是这些用户在注册时被要求创建应用密码的原因。
        如果用户的“办公电话”属性有值，“办公电话”也可能出现。
        自 2025 年 9 月 30 日起，已无法在旧版 MFA 和 SSPR 策略中管理方法（只有安全问题仍在“密码重置”页上设置）；方法的开关统一在身份验证方法策略中设置。
    .check =
        1. 记下意外出现的方法和受影响的用户。
        2. 应用密码：打开旧版每用户 MFA 设置，检查用户是否被强制启用每用户 MFA，以及那里是否允许应用密码。停止对这些用户使用每用户 MFA（改用条件访问实现 MFA），或在那里关闭应用密码。
        3. 其他方法：先查看租户的迁移状态（“重置策略”类别中的迁移步骤）。迁移完成：只在身份验证方法策略中更改该方法或其面向的组，旧版列表会被忽略。尚未完成：该方法可能来自三个来源中的任一个，应完成迁移，而不是去改那些已无法管理的列表。
        4. 办公电话：检查用户的“办公电话”属性；如果不应使用，请清空。
        5. 让用户重新加载“安全信息”页并再次查看。
    .expected = 注册页面只提供你的策略打算提供的方法，未启用每用户 MFA 的用户不会再被要求创建应用密码。

step-registration-force-reregister = 强制用户重新注册
    .summary = 使用“需要重新注册多重身份验证”或删除用户的方法；将用户重新加入 SSPR 组并不会重置其注册。
    .why =
        注册信息以方法列表的形式保存在用户对象上，组成员身份只决定 SSPR 是否适用于该用户。将用户移出 SSPR 组再加回，所有方法都保持不变，用户仍被视为已注册，永远不会收到提示。
        若要重新开始，需要清除已注册的内容：在用户的“身份验证方法”页上删除过时的方法，并选择“需要重新注册多重身份验证”（Require re-register multifactor authentication）。用户下次登录时会被要求重新注册。
        常见原因：手机丢失或更换、号码变更，或怀疑有他人注册了方法。
    .check =
        1. Entra 管理中心 > “用户” > 该用户 > “身份验证方法”。
        2. 删除过时的方法（旧电话号码、旧电子邮件地址）。
        3. 选择“需要重新注册多重身份验证”。
        4. 让用户登录并完成注册（或直接打开 aka.ms/ssprsetup），添加达到要求数量的方法。
        5. 刷新“身份验证方法”页，确认已列出新方法。
        6. 不要指望将用户移出再加回 SSPR 组：这对注册没有任何影响。
    .expected = 旧方法已删除，用户在下次登录时收到提示，新方法显示在“身份验证方法”页上。
    .caller =
        您需要重新设置安全信息，例如因为您换了手机或电话号码。下次登录时可能会提示您完成此操作，您也可以直接打开 { $url }，并使用工作帐户登录。
        添加您当前的验证方法：最好是当前手机上的 Microsoft Authenticator 应用，以及一个不用这个工作帐户也能打开的电子邮件地址。手机号码可以作为额外的方法，但 Microsoft 将于 2027 年 2 月 1 日停止通过短信和电话呼叫发送验证码。
        如果出现错误，请把完整的提示内容和发生时间告诉我们。

step-registration-user-resets = 引导用户在 aka.ms/sspr 重置密码
    .summary = aka.ms/sspr 会打开 passwordreset.microsoftonline.com：输入用户 ID 和 CAPTCHA 字符，选择“忘记了我的密码”，用已注册的方法完成验证，再设置新密码。
    .why =
        密码重置门户（“返回到你的帐户”）是公开的：登录页上的“无法访问你的帐户？”/“忘记了我的密码”链接也会打开这里。范围、许可证和注册情况要在输入用户 ID 之后才检查，所以 SSPR_0013、SSPR_0014 之类的错误会在第一个屏幕之后出现。
        用户必须完成策略要求数量的验证步骤（管理员通常适用双门策略，需要两步）。一次性验证码的有效期为 5 分钟，整个重置会话的有效期为 15 分钟。
        仅限云的用户必须满足云密码规则（8 到 256 个字符，4 类字符中至少 3 类，不能包含 Unicode 字符，不能在禁止密码列表中）。已同步用户还必须满足本地 AD 规则，但页面上不会显示这些规则，而且只有通过密码写回才能完成重置。
        若要以特定语言显示门户，请在地址后追加 ?mkt= 和区域设置，例如 ?mkt=es-us。
    .check =
        1. 让用户在浏览器的隐私窗口中打开 aka.ms/sspr（或 passwordreset.microsoftonline.com，需要其他语言时可追加 ?mkt=es-us）。
        2. 在“你是谁”屏幕上输入完整的用户 ID（UPN）和 CAPTCHA 字符。如果电子邮件地址与 UPN 不同且被拒绝，请改用 UPN。
        3. 选择“忘记了我的密码”（如果租户允许且用户只是被锁定，也可以只解锁帐户）。
        4. 完成每个验证步骤，每个验证码须在 5 分钟内使用。
        5. 在“选择新密码”中输入满足云规则的新密码；已同步用户还须满足本地规则。
        6. 出现任何错误时，记下完整的错误文本、SSPR_ 代码、支持代码（页面右下角的链接），以及包含时区的时间。
        7. 重置成功后，用户使用新密码登录；同步了密码哈希的联合用户可能需要约 2 分钟，新密码才能在云中生效。
    .expected = 门户确认密码已重置；如果已启用通知，用户会收到确认电子邮件。
    .caller =
        若要重置密码，请在浏览器中打开 { $url }（最好使用浏览器的隐私窗口）。
        输入您的工作帐户名和图片中显示的字符，选择“忘记了我的密码”，用您注册过的方法完成验证，然后设置新密码。您收到的每个验证码在 5 分钟内有效。
        如果出现错误，请告诉我们错误代码（例如 SSPR_0013）、发生时间，以及页面右下角“支持代码”链接中显示的代码。

step-registration-verification-fails = 解决收不到验证码和电话号码被拒的问题
    .summary = 大多数失败源于号码格式错误或使用虚拟号码、邮件被垃圾邮件筛选器拦截、多次尝试后被限制，或验证码已超过 5 分钟。
    .why =
        短信和语音验证码会严格按存储的号码发送：缺少国家/地区代码或空格、带分机号、或使用虚拟号码（VoIP 类服务）都会失败。“我们无法验证你的帐户”表示目录中根本没有该用户的电话号码。
        从 2027 年 2 月 1 日起，Microsoft 不再发送短信或语音验证码，SSPR 也不例外；此后只有在租户配置了客户管理的电信提供商时，短信和电话验证码才会送达。与其反复修正电话号码，不如让来电用户改用 Authenticator 应用、电子邮件或 OATH 验证码。
        电子邮件验证码通常在 5 到 20 秒内到达。发件人为 msonlineservicesteam@microsoft.com 或 msonlineservicesteam@microsoftonline.com（美国政府云：@azureadnotifications.us 或 @microsoftonline.us；世纪互联：msonlineservicesteam@oe.21vianet.com 或 21Vianetonlineservicesteam@21vianet.com），经常被当作垃圾邮件拦截。
        限制规则：1 小时内 5 次电话、短信或 Authenticator 验证尝试，5 次安全问题尝试或同一帐户 5 次重置；10 分钟内 10 封电子邮件；或 24 小时内 5 次未能证明身份，都会导致用户被阻止。用户必须在最后一次尝试后等待 24 小时；成功重置一次后计数清零。
        如果要求用户输入电话号码，用户必须输入包含国家/地区代码和区号的完整号码，且与目录中的号码一致，否则会被拒绝。
    .check =
        1. 在用户的“身份验证方法”页上查看号码，与来电用户的手机号核对；更正格式（+86 13812345678，不带分机号）。
        2. 如果完全没有号码（“我们无法验证你的帐户”），请将号码添加为身份验证方法。
        3. 如果用户在重置时需要输入号码，告诉他们按存储的内容输入国家/地区代码和区号。
        4. 电子邮件：在正确的邮箱中检查“垃圾邮件”和“已删除邮件”，并在邮件筛选中允许上述 Microsoft 发件人地址。
        5. 询问用户在过去 1 小时和 1 天内尝试了多少次；如果已被限制，需在最后一次尝试后等待 24 小时。
        6. 如果验证码已过期（5 分钟）或会话已超时（15 分钟），请从 aka.ms/sspr 重新开始。
        7. 2027 年 2 月 1 日之后，如果所有人的短信或电话验证码都收不到，请询问租户管理员是否已配置客户管理的电信提供商；在此期间改用其他方法。
    .expected = 验证码在 1 分钟内到达，并且第一次输入即被接受。
    .caller =
        如果可以，请选择 Microsoft Authenticator 应用或电子邮件验证码；Microsoft 将于 2027 年 2 月 1 日停止通过短信和电话呼叫发送验证码。通过电子邮件发送的验证码，也请到“垃圾邮件”和“已删除邮件”文件夹中查找；短信验证码请查看手机的骚扰拦截记录（有些手机会拦截来自境外号码的短信）。请在 5 分钟内输入每个验证码。如果页面要求您输入电话号码，请输入包含国家/地区代码和区号的完整号码。
        然后在新的浏览器窗口中打开 { $url } 重新开始；如果连续几次失败，请先停下来，因为尝试次数过多会导致在最后一次尝试后的 24 小时内无法重置。
        请告诉我们您选择的验证方法、遇到的情况和发生时间。

step-registration-synced-users-writeback = 对已同步用户，确认已部署密码写回
    .summary = 联合用户、直通身份验证用户和密码哈希同步用户的密码保存在本地 AD 中，只有密码写回正常工作，SSPR 才能为他们重置密码。
    .why =
        对于从 AD 同步的用户，有效的密码是本地 AD 中的密码。使用联合身份验证（例如 AD FS）和直通身份验证时，登录时在本地验证密码；使用密码哈希同步时，云中只保存从 AD 同步的哈希。因此，在云中完成的重置必须由 Microsoft Entra Connect（或云同步）写回 AD。密码写回支持这三种登录方式。
        密码写回是同步操作，通常不到 500 毫秒。如果无法连接服务器或域控制器，用户会被告知暂时无法重置；请求不会排队稍后处理。
        常见代码：SSPR_0010（写回已关闭）、SSPR_0029（请求已到达 AD，但设置密码失败）、SSPR_0030（云无法连接写回客户端）。
        每个通过写回重置密码的已同步用户，都需要 Microsoft Entra ID P1、P2 或 Microsoft 365 商业高级版许可证。仅限云的用户根本不需要写回。
        反方向则不同：直接在 AD 中重置的密码只能通过密码哈希同步（约每 2 分钟一次）到达云中，而不是通过写回。
    .check =
        1. 确认用户是仅限云的用户还是从本地 AD 同步的用户，以及其登录方式（联合身份验证、直通身份验证或密码哈希同步）。
        2. 询问密码是如何重置的。如果是在 Microsoft 365 管理中心或用 PowerShell 重置的，请转到“重置途径”步骤。
        3. 记下错误代码：SSPR_0010 → 写回开关；SSPR_0029 → 权限、受保护帐户和事件日志；SSPR_0030 → 连接。
        4. 打开“Entra ID” > “密码重置” > “本地集成”，确认写回已开启，并阅读该页上的写回客户端运行状况消息。
        5. 确认用户拥有包含写回的许可证（Entra ID P1/P2 或 Microsoft 365 商业高级版）。
        6. 按顺序完成下面的密码写回步骤。
    .expected = “本地集成”页显示写回已开启且客户端正常，用户重置密码时不再出现 SSPR_ 代码。

step-registration-writeback-enabled = 确认两处的密码写回开关都已打开
    .summary = 必须在 Entra Connect 向导中勾选“密码写回”，并在“密码重置” > “本地集成”中打开写回；任何一处关闭都会导致 SSPR_0010。
    .why =
        在 Entra Connect 服务器上，“密码写回”可选功能会向 Microsoft 注册写回客户端（登记，事件 31004 之后是 31005）。在云中，“本地集成”页上的“将密码写回到本地目录?”（新标签为“为已同步的用户启用密码写回”，英文界面为 Enable password write back for synced users）决定已同步用户能否重置密码。设为“否”时，即使 Entra Connect 一切正常，联合用户、直通身份验证用户和密码哈希同步用户也会收到 SSPR_0010；这个云端开关无需改动 Entra Connect 即可切换。
        只有在安装 Entra Connect 并配置了写回之后，才会出现“本地集成”选项卡。如果该选项卡不存在或呈灰色，说明 Entra Connect 中未配置写回，或租户没有支持写回的许可证。
        向导中的 Entra ID 登录需要已分配许可证且非联合的混合标识管理员（Hybrid Identity Administrator；Microsoft 的写回页面称之为“Hybrid Administrator”）帐户（旧文档为全局管理员）。使用联合管理员会失败，并记录事件 32009 或 31014；服务器时钟偏差或未启用 TLS 1.2 时，也会出现“无法配置密码写回。请确保你拥有所需的许可证。”（Unable to configure password writeback. Ensure you have the required license.）
        用户还必须由这台 Entra Connect 服务器同步，否则日志会显示“Object could not be found”。
    .check =
        1. 在 Entra Connect 服务器上运行 Microsoft Entra Connect > “配置” > “自定义同步选项”，登录后继续到“可选功能”。确认已勾选“密码写回”，然后完成向导。
        2. 如果向导提示“无法配置密码写回”，请使用已分配许可证的仅限云的管理员登录，检查服务器时钟并启用 TLS 1.2（见连接步骤）。
        3. 在应用程序事件日志中查找 31005（登记成功）和 31015（写回服务已启动）。
        4. 在 Entra 管理中心以至少混合标识管理员的身份打开“Entra ID” > “密码重置” > “本地集成”，将“将密码写回到本地目录?”（或“为已同步的用户启用密码写回”）设为“是”，然后保存。
        5. 阅读同一页上的写回客户端状态消息。
        6. 在同步服务管理器中，确认该用户存在于这台服务器的连接器空间和 Metaverse 中。
    .expected = 两处开关均已打开，“本地集成”页显示写回客户端正在运行，且该用户由这台服务器同步。

step-registration-writeback-connector-permissions = 为 MSOL_ 连接器帐户授予写回权限
    .summary = AD DS 连接器帐户（MSOL_…）需要在每个域的根上拥有“重置密码”“写入 lockoutTime”“写入 pwdLastSet”和“不过期密码”权限。
    .why =
        密码写回使用 Entra Connect 为该林配置的 AD DS 连接器帐户在 AD 中设置新密码，该帐户通常命名为 MSOL_ 加 12 个字符。SSPR 执行的是管理员式重置，因此该帐户需要在每个域的根上拥有：“重置密码”（后代用户对象）、“写入 lockoutTime”和“写入 pwdLastSet”（后代用户对象），以及“不过期密码”扩展权限（此对象和所有后代对象）。当前的 Entra Connect 写回教程还列出了“更改密码”。
        缺少这些权限时，请求会到达 AD 但失败：用户看到 SSPR_0029，应用程序事件日志中出现 31003 和 33004，或出现“management agent was denied access”。
        权限更改可能需要一小时或更长时间才能复制并应用到每个用户对象，所以修复后可能看起来仍未生效。
    .check =
        1. 找到该帐户：“同步服务管理器” > “连接器” > AD 连接器 > “属性” > “连接到 Active Directory 林” > “用户名”。或在向导中选择“查看当前配置” > “同步的目录”。
        2. 最快的修复方法：在 Entra Connect 服务器上使用 ADSyncConfig 模块运行 Set-ADSyncPasswordWritebackPermissions -ADConnectorAccountName MSOL_xxxxxxxxxxxx -ADConnectorAccountDomain contoso.com
        3. 或在“Active Directory 用户和计算机”（“查看” > “高级功能”）中手动设置：域的根 > “属性” > “安全” > “高级” > 添加 MSOL_ 帐户。对“后代用户对象”勾选“重置密码”（以及“更改密码”）、“写入 lockoutTime”和“写入 pwdLastSet”；对“此对象和所有后代对象”勾选“不过期密码”。
        4. 对写回涉及的每个域重复上述操作。
        5. 在受影响的用户上验证：“安全” > “高级” > “有效访问权限” > 选择 MSOL_ 帐户 > “查看有效访问权限”，“重置密码”必须已勾选。也可以在命令行运行 dsacls "<用户 DN>"。
        6. 如果要在复制完成前测试，请让 Entra Connect 只使用一台 DC（“同步服务管理器” > AD 连接器 > “配置目录分区” > “仅使用首选域控制器”），并在该 DC 上检查（“Active Directory 用户和计算机” > “更改域控制器”）。
        7. 如果 Entra Connect 运行在 DC 上且无法在那里修复权限，请将首选域控制器指向另一台 DC，或将 Entra Connect 迁移到成员服务器。
    .expected = “有效访问权限”显示 MSOL_ 帐户对该用户拥有“重置密码”，下一次重置记录 31001 之后是 31002。
    .uncertain = 各来源对“更改密码”权限的说法不一致：当前的 Entra Connect 写回教程将其列为必需权限，但教程中的分步操作、云同步的权限列表以及支持文章中的默认权限都不需要它（用户通过 Everyone/SELF 获得该权限）。授予它没有坏处，所以仍保留在列表中。

step-registration-writeback-inheritance-protected = 检查继承和受保护帐户（adminCount=1）
    .summary = 连接器帐户的权限从域的根继承；如果用户禁用了继承，或属于受保护组（adminCount=1），就无法通过写回重置其密码。
    .why =
        在域的根上授予的权限只能通过继承到达用户。如果用户本身或其上层某个组织单位禁用了继承，“重置密码”权限就永远到不了用户，即使域的根上的设置看起来正确，写回也会失败，并出现 33004 和 SSPR_0029。
        本地受保护组（Domain Admins、Enterprise Admins 等）的成员由 AdminSDHolder 管理：其对象被标记为 adminCount=1，并会失去继承的权限。按设计，写回无法重置这些帐户的密码。他们仍可以在云中更改已知的密码，但忘记的密码必须在本地重置。
        支持文章中的其他 AD 先决条件：samServer 对象（CN=Server,CN=System,<域 DN>）可由“Windows 2000 以前版本兼容的访问”（Pre-Windows 2000 Compatible Access）或 Authenticated Users 读取；Authenticated Users 是“Windows 2000 以前版本兼容的访问”的成员；“身份验证后模拟客户端”（Impersonate a client after authentication）用户权限包含 Administrators、LOCAL SERVICE、NETWORK SERVICE 和 SERVICE。
    .check =
        1. 在启用了“高级功能”的“Active Directory 用户和计算机”中，打开用户 > “安全” > “高级”。如果显示“启用继承”按钮，说明继承已禁用：选择它并应用。用同样的方法检查上层组织单位。
        2. 检查受保护标记：Get-ADUser <samAccountName> -Properties adminCount。值为 1 表示该对象受 AdminSDHolder 控制。
        3. 对于受保护帐户，请在本地重置密码，并告知来电用户：按设计，SSPR 无法重置此帐户。
        4. 检查 samServer 对象的权限、“Windows 2000 以前版本兼容的访问”（Pre-Windows 2000 Compatible Access）的成员身份，以及“身份验证后模拟客户端”用户权限。
        5. 更改后最多等待约 1 小时，让更改应用到所有对象，然后重试，并在应用程序事件日志中查找 31002。
    .expected = 用户及其上层组织单位均已启用继承，用户不是受保护帐户（或已在本地重置），重试成功。

step-registration-writeback-connectivity = 检查同步服务器的出站 443、代理、TLS 1.2 和 .NET
    .summary = 写回客户端需要到 *.passwordreset.microsoftonline.com 以及本租户在 *.servicebus.windows.net 下的服务总线中继的出站 HTTPS 443 访问、为 .NET 启用的 TLS 1.2、.NET Framework 4.8 以及准确的时钟。
    .why =
        写回客户端与 Azure 服务总线中继保持一条出站连接，不需要任何入站端口。每个租户都有自己的中继命名空间，其名称记录在 Entra Connect 服务器的应用程序事件日志中：事件 31019 和 31034 会写出服务总线侦听器的名称。请测试这个主机，而不是固定的示例主机：测试别人的中继（例如旧指南中引用的 ssprdedicatedsbprodscu 主机）可能通过，而你自己的中继却被阻止，反之亦然。如果这条连接中断，云就无法将请求交给你的服务器：用户收到 SSPR_0030，日志中出现 32002、31034、31044 或 6800（“Couldn't connect to any service bus endpoint(s)”）。
        终结点：TCP 443 上的 *.passwordreset.microsoftonline.com 和 *.servicebus.windows.net（美国政府云：*.passwordreset.microsoftonline.us 和 *.servicebus.usgovcloudapi.net；世纪互联：ssprdedicatedsbmcprodcne.servicebus.chinacloudapi.cn 和 ssprdedicatedsbmcprodcnn.servicebus.chinacloudapi.cn）。ssprdedicatedsb… 中继主机不在 Office 365 URL 列表中，因此只按该列表配置的代理允许列表会漏掉它们。空闲超时较短的代理也会切断连接。事件表中 TCP 9350–9354 的旧说明早于 Entra Connect 1.1.443.0；现在写回只使用 443 端口。
        同步服务器必须为 .NET 启用 TLS 1.2：禁用 TLS 1.0 和 1.1 却没有为 .NET 启用强加密，会导致写回停止工作。服务器还需要 .NET Framework 4.8 或更高版本、与权威时间源同步的时钟，以及 Azure TLS 证书变更后所需的根证书颁发机构（31034“remote certificate is invalid”）。
    .check =
        1. 在 Entra Connect 服务器上打开“事件查看器” > “Windows 日志” > “应用程序”，找到 PasswordResetService 最近的事件 31019 或 31034，记下服务总线侦听器名称（命名空间，例如 ssprdedicatedsbprodfra-1 或 ssprdedicatedsbprodncu）。
        2. 在 PowerShell 中运行：Test-NetConnection -ComputerName <命名空间>.servicebus.windows.net -Port 443，确认 TCP 测试成功；查看代理和 TLS 详细信息：Invoke-WebRequest -Uri https://<命名空间>.servicebus.windows.net -Verbose
        3. 在防火墙和代理中，允许到 *.passwordreset.microsoftonline.com 和 *.servicebus.windows.net（或政府云/世纪互联主机）的出站 443 访问，并取消针对该服务器的短空闲超时。
        4. 运行 Microsoft 为 Entra Connect 提供的 TLS 1.2 检查和启用脚本，然后重启服务器。
        5. 确认已安装 .NET Framework 4.8 或更高版本。
        6. 将服务器时间与权威时间源比对（例如运行 w32tm /query /status）。
        7. 如果 31034 显示“remote certificate is invalid”，请安装缺少的根证书颁发机构。
        8. 重启 Microsoft Azure AD Sync 服务，再测试一次重置。
    .expected = 到服务总线主机的 TCP 测试成功，不再出现新的 32002、31034、31044 事件，重置也不再返回 SSPR_0030。

step-registration-writeback-event-log = 在应用程序事件日志中读取写回事件
    .summary = 已同步用户的每次重置都从事件 31001 开始；31002 表示 AD 已接受，31003 加上一个 33xxx 事件则说明失败原因。
    .why =
        Entra Connect 服务器在应用程序事件日志中以两个事件源记录写回：PasswordResetService（写回服务本身）和 ADSync（在 AD 中设置密码）。
        自助重置以 31001（PasswordResetStart）开始，以 31002（PasswordResetSuccess）或 31003（PasswordResetFail）结束。密码更改为 31006 → 31007 或 31008，管理员在门户中重置为 31009 → 31010 或 31011。
        失败后会出现一个 33xxx 事件，说明 AD 端的原因：33001 未知 AD 错误（组织单位或 DN 路径中的保留字符也会导致，例如开头的 # 或结尾的空格）、33002 本地找不到用户、33003 两个本地用户共用同一云定位点、33004 缺少权限或 adminCount = 1、33005 帐户已禁用、33006 帐户已锁定、33008 密码策略、33009 AD 配置问题。
        如果根本没有 31001，说明请求从未到达服务器：请检查连接（31016 服务已停止、32002、31034、31044）。刚启用写回后出现的 656 和 657 是密码哈希重新同步，不是真正的密码更改。
        在域控制器上，如果安全日志中有 MSOL_ 帐户的 4724 审核失败事件，说明请求已到达 AD，但违反了本地密码策略（需要启用帐户管理的失败审核）。
    .check =
        1. 重现重置，并记下包含时区的时间。
        2. 在 Entra Connect 服务器上打开事件查看器 > “Windows 日志” > “应用程序” > “筛选当前日志”，选择事件源 PasswordResetService 和 ADSync。
        3. 找到尝试时间点的 31001，并跟踪到 31002 或 31003。
        4. 对于 31003 或 31011，查看 33xxx 事件：33004 → 权限和受保护帐户步骤；33005/33006 → 在 AD 中启用或解锁帐户；33008 → 密码策略步骤；33001 → 检查组织单位/DN 中的保留字符和 ADSync 事件。
        5. 查看同一时刻记录的 ADSync 事件（通常为 6329），并在下一步中解读。
        6. 如果没有 31001，请回到连接步骤。
        7. 提交支持案例时，保存应用程序事件日志并压缩。
    .expected = 测试重置显示 31001 之后是 31002，没有 33xxx 或 ADSync 错误。

step-registration-writeback-adsync-errors = 解读 ADSync 6329 和 8023062C 错误
    .summary = ADSync 事件 6329 中的文本说明了原因：AD 拒绝了密码、缺少 LDAP 策略控件、SAM 调用被阻止，或需要签名和加密的 LDAP。
    .why =
        6329 且包含“BAIL: MMS(4924) 0x80230619”：有限制阻止了更改。AD 拒绝了该密码（最短密码期限、密码历史记录、复杂性、密码筛选器），或用户设置了“用户不能更改密码”（PASSWD_CANT_CHANGE）。
        6329 且包含“MMS(3040): admaexport.cpp(2837)”并提到 LDAP 密码策略控件：域控制器不支持 LDAP_SERVER_POLICY_HINTS_OID（1.2.840.113556.1.4.2066）。域控制器必须运行 Windows Server 2016 或更高版本；旧的 Windows Server 2008 修补程序 KB2386717 已无法下载。
        6329 且包含 0x8023061f（“password sync not enabled on this management agent”）：启用写回后又添加或重新添加了林。请关闭后重新打开写回。
        6329 且包含 ERROR_ACCESS_DENIED“Failed to acquire user information: …\MSOL_…”：组策略“网络访问: 限制允许对 SAM 进行远程调用的客户端”（Network access: Restrict clients allowed to make remote calls to SAM）阻止了连接器帐户，通常来自安全加固基线。该策略可能设置在 Entra Connect 服务器上，也可能设置在域控制器上，两处都要检查。
        8023062C（0x8023062c，由于连接不安全而无法设置密码，需要 128 位 TLS/SSL）：AD 连接器没有对 LDAP 流量进行签名和加密。
        其他：hr=800700CE“The filename or extension is too long”表示连接器帐户的密码过长（请保持在 256 个字符以内）；hr=80230402 表示同一用户在多个林或域中处于启用状态，或定位点不唯一；“Multiple matches found”是不受支持的多林重复帐户。
    .check =
        1. 打开与失败重置对应的 ADSync 6329 事件，复制完整文本。
        2. 0x80230619 → 转到密码策略步骤；如果用户设置了“用户不能更改密码”，请清除。
        3. LDAP 密码策略控件 → 检查域控制器的操作系统，计划升级到 Windows Server 2016 或更高版本。
        4. 0x8023061f → 在 Entra Connect 向导中关闭并重新打开“密码写回”。
        5. MSOL_ 的 ERROR_ACCESS_DENIED → 在 Entra Connect 服务器和域控制器上分别运行 gpresult /h report.html 和 Get-ItemProperty HKLM:\System\CurrentControlSet\Control\Lsa -Name RestrictRemoteSam，找出该 SAM 策略应用在哪里。将 MSOL_ 帐户添加到该策略中并将“远程访问”设为“允许”，或从设置它的组策略对象中删除该设置，再删除 RestrictRemoteSam 值（只删除注册表值不会持久：下次刷新组策略时会被重新写入）；然后运行 gpupdate /force。
        6. 8023062C → 在同步服务管理器中，在林连接选项、每个目录分区的 DC 连接选项以及备用凭据选项中启用“Sign and Encrypt LDAP Traffic”（对 LDAP 流量进行签名和加密）；然后重启 ADSync。
        7. 800700CE → 将连接器帐户的密码重置为不超过 256 个字符，并在“同步服务管理器” > “连接器” > AD 连接器 > “属性” > “凭据”中重新输入。
    .expected = 下一次重置不再产生 6329 事件，并以 31002 结束。

step-registration-writeback-restart-upgrade = 重启 ADSync、切换写回开关，再升级 Entra Connect
    .summary = 如果事件指向写回服务本身，请重启 Microsoft Azure AD Sync，关闭再打开“密码写回”；如果 Entra Connect 版本较旧，请升级。
    .why =
        许多 PasswordResetService 故障（6800、32000 未知错误、32004 解密错误、32005 配置文件错误、32007、32008、32010 加密错误）在写回客户端正常启动或重新注册后即可消除。重启 Microsoft Azure AD Sync（ADSync）服务会重新启动写回终结点。
        在向导中关闭再打开“密码写回”会重新注册客户端并更新其密钥。向 Entra Connect 添加林之后也必须这样做。
        以上都针对 Entra Connect 同步。由 Microsoft Entra 云同步同步的用户（Microsoft 自 2026 年 7 月起分阶段把租户从 Connect 同步迁移到云同步）没有 ADSync 服务和配置向导：其代理以“Microsoft Azure AD Connect Provisioning Agent”和“Microsoft Azure AD Connect Agent Updater”服务运行，写回问题见云同步步骤。
        过旧的 Entra Connect 可能导致写回失效；就地升级到最新版本即可解决，但请先备份自定义同步规则，升级后再切换一次写回开关。Entra Connect 同步的安装程序现在只在 Microsoft Entra 管理中心提供（“Entra Connect” > “入门”，“管理”选项卡），下载中心已不再提供。
    .check =
        1. 先确认由哪个引擎同步该用户。云同步：在代理服务器上重启“Microsoft Azure AD Connect Provisioning Agent”，然后改按云同步步骤处理。Entra Connect 同步：在服务器上打开 services.msc > Microsoft Azure AD Sync > “重新启动”（或运行 Restart-Service ADSync），然后查找 31015（写回服务已启动）。
        2. 用一个非管理员的已同步用户测试重置。
        3. 仍然失败：运行向导 > “配置” > “自定义同步选项” > “可选功能”，取消勾选“密码写回”并完成向导；再次运行，勾选后完成。应先后看到 31012/31013 和 31004/31005。
        4. 再次测试。
        5. 仍然失败：备份自定义同步规则，从 Microsoft Entra 管理中心（“Entra Connect” > “入门” > “管理”）下载最新版 Entra Connect，执行就地升级，然后再切换一次写回开关。
        6. 如果仍无效，请提交支持案例，附上错误文本、支持代码、包含时区的时间、用户类型以及压缩后的应用程序事件日志。
    .expected = 重启或切换后日志中出现 31015 和 31005，测试重置以 31002 结束。

step-registration-writeback-reset-paths = 询问密码的重置方式：并非所有途径都会写回
    .summary = 在 Microsoft 365 管理中心或用 MSOnline/AzureAD PowerShell 重置只会更改云中的密码；Entra 管理中心和 Graph resetPassword API 会写回。
    .why =
        “云中的密码已更改，但 AD 中还是旧密码”往往不是故障，而是使用了不支持写回的途径。
        会写回：用户自行更改密码（主动更改或过期时更改）、用户在 passwordreset.microsoftonline.com 重置、管理员在 Microsoft Entra 管理中心或 Azure 门户中重置，以及管理员通过 Microsoft Graph 身份验证方法 resetPassword API 重置。
        不会写回：在 Microsoft 365 管理中心重置、使用 MSOnline 或 AzureAD PowerShell（v1/v2）重置、用户通过 PowerShell 或 Graph 自行重置、Update-MgUser 的 passwordProfile 更新、管理员用重置工具重置自己的密码，以及对本地受保护组成员的任何重置。
        反方向又有所不同：在 AD 中重置的密码只能通过密码哈希同步到达云中，约每 2 分钟一次。
    .check =
        1. 询问是谁、在哪里、在什么时间重置的密码。
        2. 在 Entra Connect 服务器的应用程序事件日志中，已写回的重置会显示 31001（用户）或 31009（管理员）。该时间点没有事件，说明这次重置根本没有经过写回。
        3. 在会写回的位置重新重置：Entra 管理中心 > “用户” > 该用户 > “重置密码”，或让用户在 aka.ms/sspr 自行重置。
        4. 对于脚本，请将 Update-MgUser passwordProfile 和 MSOnline/AzureAD cmdlet 替换为 Graph 身份验证方法 resetPassword API，或改在本地重置。
        5. 对于重置自己密码的管理员和受保护组成员，请在本地重置密码。
        6. 提醒技术支持团队：已同步用户请在 Entra 管理中心重置，不要在 Microsoft 365 管理中心重置。
    .expected = 再次重置后记录 31009 之后是 31010（或 31001 之后是 31002），用户可以在本地使用新密码登录。
    .uncertain = “Update-MgUser 的 passwordProfile 更新不会写回”是根据文档中有关 PowerShell 和 Graph 重置的条目推断的，没有 Microsoft 页面针对此 cmdlet 明确说明。依赖这一结论之前，请先用测试用户验证一次。

step-registration-writeback-cloud-sync = 使用云同步时，额外启用其写回选项，而不是替代
    .summary = 无论哪种情况，都必须开启“为已同步的用户启用密码写回”；云同步复选框（“使用 Microsoft Entra 云同步写回密码”，英文界面为 Write back passwords with Microsoft Entra Cloud Sync，旧标签为“使用 Microsoft Entra Connect 云同步写回密码”）只是额外选项，而且云同步还要在其代理上启用写回。
    .why =
        用户可以通过 Entra Connect 同步（带配置向导的服务器）进行同步，也可以通过 Microsoft Entra 云同步（运行在轻量级预配代理上）进行同步。在“本地集成”页上，“为已同步的用户启用密码写回”是主开关，无论由哪个引擎同步用户，都必须勾选。只有检测到预配代理时才会出现云同步复选框，需要另外勾选。
        云同步在代理服务器上还有自己的开关：Set-AADCloudSyncPasswordWritebackConfiguration -Enable $true（代理版本 1.1.977.0 或更高）。不运行它，只在门户中勾选复选框是不够的。
        写回只对由已开启写回的引擎同步的用户有效，因此请确认受影响的用户由哪个引擎同步。
        使用云同步时，写入 AD 的是代理的组托管服务帐户（gMSA，例如 provAgentgMSA$），而不是 MSOL_ 帐户。它需要“重置密码”“写入 lockoutTime”“写入 pwdLastSet”和“不过期密码”；可以用 Set-AADCloudSyncPermissions -PermissionType PasswordWriteBack 修复。云同步教程还指出：管理员无法通过写回用重置工具重置自己的密码，管理员对另一位管理员的重置也不会写回。
    .check =
        1. 向本地管理员确认由哪个引擎同步该用户：Entra Connect 同步还是云同步。
        2. 在“Entra ID” > “密码重置” > “本地集成”中，确认已勾选“为已同步的用户启用密码写回”（任何情况下都需要）。
        3. 云同步：确认已为该域安装预配代理，再另外勾选“使用 Microsoft Entra 云同步写回密码”（旧标签：“使用 Microsoft Entra Connect 云同步写回密码”），然后保存。
        4. 在代理服务器上检查代理版本（1.1.977.0 或更高），并运行 Set-AADCloudSyncPasswordWritebackConfiguration -Enable $true。
        5. 为代理的 gMSA 授予“重置密码”“写入 lockoutTime”“写入 pwdLastSet”和“不过期密码”，或使用企业管理员凭据运行 Set-AADCloudSyncPermissions -PermissionType PasswordWriteBack。
        6. 仅使用 Entra Connect 同步：不要勾选云同步复选框，使用 Entra Connect 的写回开关（见前面的步骤）。
        7. 用一个由云同步同步的非管理员用户测试。
    .expected = 对云同步用户而言两个复选框都已勾选，代理上已启用写回，由云同步同步的非管理员用户可以重置密码，并在本地使用新密码登录。
    .uncertain = 在没有任何预配代理时勾选云同步复选框是否会报错，尚未确认：Microsoft 的页面只说检测到代理时才会出现该选项。

step-registration-writeback-min-password-age = 检查最短密码期限和其他本地密码规则
    .summary = 最短密码期限大于 0 时，AD 会拒绝在该期限内再次重置或更改密码，常见于新用户想替换管理员刚为其设置的初始密码或临时密码时。
    .why =
        SSPR 以管理员式重置的方式将新密码写入 AD，AD 会执行自己的规则：最短密码期限、密码历史记录、复杂性、细化密码策略、第三方密码筛选器（也必须能处理管理员发起的重置）以及 Microsoft Entra 密码保护代理。SSPR 页面不会显示其中任何一项，对写回用户也没有密码强度指示，所以用户只会看到“违反本地策略”（On-premises policy violation）或关于长度、复杂性、期限、历史记录的提示。
        最短密码期限是最典型的陷阱：刚拿到临时密码的新用户，或当天已经重置过一次的用户，必须等到期限过后才能再次设置密码。
        在日志中表现为 31003 加 33008 以及 ADSync 6329 0x80230619；在域控制器上则表现为 MSOL_ 帐户的安全事件 4724 审核失败。
        如果不在 SSPR 范围内的已同步用户尝试更改密码，也会看到同样具有误导性的复杂性提示（来自社区博客的实验测试），因此也请检查范围。
    .check =
        1. 在域控制器上运行 net accounts 或 Get-ADDefaultDomainPasswordPolicy，记下最短密码期限、密码历史记录和复杂性要求。
        2. 检查用户是否适用细化密码策略：net user <用户名> /domain
        3. 如果用户需要在一天内多次重置密码，请在“计算机配置” > “策略” > “Windows 设置” > “安全设置” > “帐户策略” > “密码策略”中将“最短密码期限”设为 0，然后在域控制器上运行 gpupdate /force。
        4. 在用户的“帐户”选项卡上，如果勾选了“用户不能更改密码”，请清除。
        5. 在域控制器上查找重置时间点 MSOL_ 帐户的安全事件 4724 审核失败。
        6. 如果足够长且独特的密码仍被拒绝，请检查密码筛选器和 Entra 密码保护。
        7. 让用户使用满足所有本地规则的密码重试。
    .expected = 重置以 31002 结束且没有 4724 审核失败；如果策略允许，用户可以在同一天再次重置。
    .uncertain = 有两点未经 Microsoft 证实：范围外用户看到误导性复杂性提示来自一篇社区博客的实验测试；Microsoft 记录的域控制器事件 4724 审核失败针对的是管理员重置，用它判断自助重置的失败属于推断。

# --- 2027：2027 年的来电（issue #13；内容审核 2026-12，B1、B4、C1、C2、C7、C9、C10、C11） ---

step-registration-sspr-usable-methods = 确认用户有 SSPR 可用的方法，而不只是通行密钥
    .summary = 通行密钥、Windows Hello 企业版、基于证书的身份验证和临时访问密码只能用于登录（多重身份验证）；只有这些方法的用户无法重置密码。
    .why =
        Microsoft 的身份验证方法表中，通行密钥（FIDO2）、临时访问密码和基于证书的身份验证只标为可用于多重身份验证，不可用于 SSPR；并说明 FIDO2 和 Windows Hello 企业版本身就只能用于身份验证。Authenticator 无密码登录也一样：可以登录，但不是密码重置方法。
        SSPR 可以使用的方法是：Microsoft Authenticator 通知和验证码、硬件和软件 OATH 令牌验证码、电子邮件、短信、电话呼叫和安全问题（以租户策略允许的为准）。
        自 2026 年 9 月 1 日起通行密钥成为默认方法，系统会提示用户注册；自 2027 年 2 月 1 日起，Microsoft 提供的短信和电话呼叫停止，SSPR 也包括在内。因此越来越多的来电用户能用通行密钥正常登录，但在 aka.ms/sspr 上收到 SSPR_0014，或者没有任何可选的方法。Microsoft 表示计划让无密码用户也能更改密码，但没有给出日期。
        策略只要求一种方法时，Microsoft Authenticator 不能作为唯一的方法，所以使用 Authenticator 的用户仍需要电子邮件或其他方法才能使用 SSPR。
    .check =
        1. 打开“用户” > 该用户 > “身份验证方法”，列出已注册的方法。
        2. 只计算 SSPR 可用的方法：Authenticator（通知或验证码）、OATH 验证码、电子邮件、移动电话或办公电话、安全问题。通行密钥、Windows Hello 企业版、证书和临时访问密码不算。
        3. 将数量与“重置所需的方法数”（1 或 2）比较。
        4. 如果数量不够，而用户仍能登录（例如用通行密钥），请让用户打开“安全信息”，在需要重置之前添加 Microsoft Authenticator、一个电子邮件地址或 OATH 验证码。
        5. 如果用户现在已无法登录，又没有 SSPR 可用的方法，请在核实来电用户身份后由管理员重置密码或发放临时访问密码；如果已配置帐户恢复，也可以引导用户使用帐户恢复。
    .expected = 用户拥有不少于要求数量的 SSPR 可用方法，在 aka.ms/sspr 上测试时会列出这些方法。
    .caller =
        通行密钥或 Windows Hello 可以让您登录，但不能用来重置忘记的密码。
        请在登录状态下打开 { $url }，添加 Microsoft Authenticator 应用和一个您随时能查看的电子邮件地址（如果我们给过您验证码令牌，也可以添加它）。
        如果您完全无法登录，请告诉我们；我们会核实您的身份，并用其他方式帮助您。

step-registration-phone-only-callers = 在 2027 年 2 月 1 日前为只有电话号码的来电用户换用其他方法
    .summary = 自 2027 年 2 月 1 日起，Microsoft 不再通过短信和电话呼叫发送验证码，SSPR 也包括在内；只有电话号码的来电用户需要其他方法，除非租户购买了电信提供商的服务。
    .why =
        Microsoft 于 2027 年 2 月 1 日停用 Microsoft Entra ID 中由 Microsoft 提供的短信和电话呼叫（先从公有云开始），停用也适用于 SSPR。自 2026 年 10 月 30 日起，租户可以通过 Microsoft Security Store 配置客户管理的电信提供商；配置后，短信和电话呼叫会按租户自己的合同继续可用。
        如果没有配置，唯一已注册方法是移动电话或办公电话的来电用户收不到验证码，也就无法重置密码。2027 年 2 月 1 日之后，这类用户在登录时必须注册通行密钥（无法跳过，也无法选择退出），但仅有通行密钥同样无法重置密码。
        所以给只有电话的来电用户的建议是：趁电话还能用，现在就添加 Microsoft Authenticator 和一个电子邮件地址（或 OATH 验证码），电话只作为额外的方法保留。
    .check =
        1. 查看用户的“身份验证方法”：如果 SSPR 可用的方法只有电话号码，该用户就有风险。
        2. 询问租户管理员是否已配置或计划配置客户管理的电信提供商（见“配置”类别中关于电信提供商的步骤）。
        3. 如果没有，请让用户趁还能登录时在“安全信息”中添加 Microsoft Authenticator 和一个电子邮件地址。
        4. 确认身份验证方法策略已为该用户启用这些方法（Authenticator、“用于密码重置”的电子邮件一次性密码、OATH）。
        5. 在工单中记下用户现在拥有的方法。
    .expected = 用户至少有一种不是电话号码的 SSPR 可用方法，或者租户已有用于短信和电话呼叫的电信提供商。
    .uncertain = 日期来自 Microsoft 的停用页面（ms.date 2026-06-10，标为 AI 辅助编写）；审核要求发布前再次核对。配置客户管理的提供商后 SSPR 的具体行为，只有一条常见问题答复提到（用户仍可通过 Security Store 的提供商使用短信和电话呼叫）。
    .caller =
        从 2027 年 2 月起，短信和电话呼叫可能无法再为您发送验证码。
        请现在打开 { $url } 并登录，添加 Microsoft Authenticator 应用和一个您随时能查看的电子邮件地址，电话号码可以作为额外的方法保留。
        如果需要帮助设置应用，或页面显示错误，请把提示内容和时间告诉我们。

step-registration-passkey-prompts = 解释登录时反复出现的“设置通行密钥”提示
    .summary = 自 2026 年 9 月 1 日起，启用了短信或电话呼叫的用户会自动启用通行密钥，并由 Microsoft 托管的注册活动提示注册；2027 年 2 月 1 日之后，唯一多重身份验证方法是短信或电话呼叫的用户会被强制要求注册。
    .why =
        2026 年 9 月 1 日，Microsoft 为所有启用了短信或电话呼叫的用户启用了通行密钥，将他们放入允许所有通行密钥类型的通行密钥配置文件，并把注册活动设为由 Microsoft 托管。这些用户在登录完成多重身份验证后会看到“注册通行密钥”的提示，可以无限次暂缓。
        自 2027 年 2 月 1 日起，如果用户唯一可用的多重身份验证方法是短信或电话呼叫（且租户没有客户管理的电信提供商），就必须先注册通行密钥才能继续；这个提示无法跳过，也无法选择退出。
        通行密钥是很好的登录方法，但不能重置密码，所以注册了通行密钥的用户还应有 Authenticator、电子邮件或 OATH 验证码用于 SSPR。管理员可以在身份验证方法策略中把用户移出短信和电话呼叫，或在“Entra ID” > “身份验证方法” > “注册活动”中管理注册活动。
    .check =
        1. 询问提示能否暂缓，还是会挡住用户无法继续。
        2. 如果可以暂缓：用户可以注册通行密钥，也可以暂缓；告诉用户以后登录时还会再出现。
        3. 如果无法跳过：说明 2027 年 2 月 1 日之后该用户唯一的多重身份验证方法是短信或电话呼叫；帮助用户注册通行密钥（或添加 Authenticator）后继续。
        4. 无论哪种情况，都请按“SSPR 可用方法”的步骤检查，确保用户以后仍能重置密码。
        5. 如果是关于注册活动本身的问题，请租户管理员查看“身份验证方法” > “注册活动”（状态为 Microsoft 托管、目标组）。
    .expected = 用户明白提示出现的原因，能够登录，并且有 SSPR 可用的方法。
    .caller =
        要求您设置通行密钥的提示来自组织的登录安全设置，可以放心按提示操作。如果可以选择“稍后”，您也可以稍后再设置，但提示还会再出现。
        我们建议您设置通行密钥，同时打开 { $url } 添加 Microsoft Authenticator 应用和一个电子邮件地址，这样忘记密码时也能自行重置。
        如果设置通行密钥失败，请告诉我们您的设备类型和看到的提示。

step-registration-account-recovery = 为丢失全部方法的用户使用帐户恢复（如已配置）
    .summary = 帐户恢复（2025 年 11 月起为预览版）让丢失全部方法的用户通过身份验证提供商和已验证 ID 证明身份，然后用临时访问密码重新注册方法。
    .why =
        SSPR 至少需要一种已注册的方法；用户如果丢了装有 Authenticator 的手机、安全密钥以及所有其他方法，就无法使用 SSPR。帐户恢复正是针对这种情况：用户从登录页开始，通过 Microsoft Security Store 中的身份验证提供商核实身份（政府颁发的证件加活体检测），在 Microsoft Authenticator 中获得一个已验证 ID，再通过 Face Check 出示它，然后获得临时访问密码来注册新方法。
        它需要 Microsoft Entra ID P1，由身份验证管理员配置。它有“评估”和“生产”两种模式：在评估模式下，用户可以试用，但不能真正恢复帐户。用户在 Entra ID 中的“名字”和“姓氏”必须与证件一致；不使用显示名称。
        如果没有配置帐户恢复，技术支持的流程不变：按你们自己的流程核实来电用户身份，然后由管理员发放临时访问密码或重置密码。
    .check =
        1. 确认来电用户确实没有任何可用的方法（连电子邮件或安全密钥也没有）；只要还有一种可用，就改用 SSPR。
        2. 询问租户管理员是否已启用帐户恢复，处于哪种模式（评估或生产）。
        3. 在生产模式下，引导来电用户在登录页开始恢复，并确认用户备好证件和一部可安装 Microsoft Authenticator 的手机。
        4. 如果恢复在姓名核对时失败，请将用户在 Entra ID 中的“名字”和“姓氏”与证件比较，由管理员更正。
        5. 如果租户处于评估模式或未配置帐户恢复，请按身份核实流程处理，由管理员发放临时访问密码。
    .expected = 来电用户（通过帐户恢复或由管理员）获得临时访问密码，并注册了新方法，其中包括一种 SSPR 可用的方法。
    .uncertain = 帐户恢复是预览版（页面日期为 2025-11-07 和 2025-11-08）；正式发布前，其要求、模式和姓名匹配规则可能会变化。

step-registration-authenticator-rooted-device = 在已 root 或越狱的手机上，Authenticator 删除了帐户
    .summary = 自 2026 年 2 月起，Microsoft Authenticator 会检测已 root 或越狱的手机，从警告逐步升级到阻止，最后清除 Entra 帐户，因此 Authenticator 方法无法再用于 SSPR。
    .why =
        Microsoft 在 2025 年 10 月宣布 Microsoft Authenticator 将检测 root 和越狱，并从 2026 年 2 月起执行：先警告，再阻止，最后由应用删除用户的 Entra 凭据。之后用户收不到 Authenticator 通知和验证码，依赖 Authenticator 的重置也就失败了。
        解决方法是在受支持（未 root）的手机上使用 Authenticator，或改用其他方法，例如电子邮件或 OATH 验证码。如果用户没有其他方法，请在核实身份后由管理员重置密码或发放临时访问密码。
    .check =
        1. 询问 Authenticator 应用是否显示过设备已 root 或越狱的警告，或者工作帐户是否已从应用中消失。
        2. 查看用户的其他已注册方法；如果有 SSPR 可用的方法，让用户用它重置。
        3. 让用户在受支持的手机上安装 Authenticator，并在“安全信息”中重新注册（删除旧的 Authenticator 条目）。
        4. 如果其他方法都不可用，请核实来电用户身份，由管理员发放临时访问密码。
    .expected = 用户在受支持的手机上使用 Authenticator，或有其他 SSPR 可用的方法，并能重置密码。
    .uncertain = 日期以及“警告、阻止、清除”的顺序来自 Microsoft 的“新增功能”页面（2025 年 10 月和 2026 年 2 月的条目，页面日期 2026-04-15）；各租户实际开始执行的日期没有公开。
    .caller =
        Microsoft Authenticator 应用无法在已 root 或越狱的手机上使用，可能已经删除了您的工作帐户。
        请使用未经改动的手机安装 Microsoft Authenticator，然后打开 { $url } 重新添加；再添加一个电子邮件地址作为第二种方法会更稳妥。
        如果您无法登录来完成这些操作，请告诉我们，我们会用其他方式帮助您。

step-registration-security-info-asks-mfa = 解释“安全信息”为什么要求用户先验证
    .summary = 已有可用于多重身份验证的方法的用户，必须先通过多重身份验证才能打开“安全信息”；会话持续 15 分钟，添加或更改通行密钥需要最近 5 分钟内完成的多重身份验证。
    .why =
        合并注册会保护“安全信息”页：用户一旦拥有可用于多重身份验证的方法，查看或更改方法前就必须先完成多重身份验证。该页面的会话持续 15 分钟，超时后会再次要求验证。
        添加或更改通行密钥要求最近 5 分钟内完成过多重身份验证，所以早些时候验证过的用户会被再次要求验证。
        这就是来电用户说“aka.ms/ssprsetup 一直让我验证”的原因。如果唯一的多重身份验证方法丢失，用户就无法进入；管理员发放的临时访问密码可以满足这项检查，让用户注册新方法。
    .check =
        1. 询问页面要求做什么，以及用户尝试了哪种方法。
        2. 如果用户有可用的方法，让其完成验证，并在 15 分钟内完成更改。
        3. 如果要更改通行密钥，告诉用户即使几分钟前刚验证过，也会再次要求验证。
        4. 如果已注册的方法都不可用，请核实来电用户身份，由管理员发放用于注册的临时访问密码。
    .expected = 用户通过验证，打开“安全信息”并保存更改。
    .caller =
        “安全信息”页在显示您的验证方法前，会先要求您证明是您本人，这是为了保护您的帐户。
        请打开 { $url }，用 Microsoft Authenticator 应用批准请求或输入收到的验证码，并在 15 分钟内完成更改。添加通行密钥时可能会再次要求验证。
        如果您的方法都已无法使用，请告诉我们，我们会帮助您。

step-registration-cloud-managed-users = 在走写回排查流程之前，先确认用户是否仍在同步
    .summary = 自 2026 年 1 月起，管理员可以把已同步用户的权威来源转移到云端；这类用户的行为与仅限云的用户相同，写回错误和写回许可要求不再适用。
    .why =
        Microsoft 于 2026 年 1 月正式发布“用户 SOA”（权威来源）：管理员可以把单个已同步用户转换为云托管用户。此后该用户在 Entra ID 中管理，重置不会写回 Active Directory，写回相关的步骤和代码（SSPR_0029、33xxx 事件）也就无法解释其问题。
        属性 onPremisesSyncEnabled 可以告诉你属于哪种情况：已同步的用户为 true，云托管或仅限云的用户为 false 或空。
        转换后的用户如果仍登录已加入域的设备，设备上仍是本地密码；这种不一致是转换后的预期结果，不是写回故障。
    .check =
        1. 打开“用户” > 该用户 > “概述”，查看“已启用本地同步”（或在 Microsoft Graph 中读取 onPremisesSyncEnabled）。
        2. 如果为“是”，继续执行写回步骤。
        3. 如果为“否”，按仅限云的用户处理：检查许可证、范围和方法，跳过写回。
        4. 如果用户以为本地设备上也会使用新密码，请说明该帐户现在由云端管理，并询问本地管理员该设备如何登录。
    .expected = 只对仍在同步的用户执行写回排查流程。
    .uncertain = 用户 SOA 的信息来自“新增功能”中的一个条目（2026 年 1 月，页面日期 2026-04-15）；同步属性在门户中的确切标签未实际核对。

step-registration-cloud-sync-writeback-troubleshoot = 排查使用云同步时的密码写回问题
    .summary = 云同步写回需要 1.1.977.0 或更高版本的代理、在代理上启用写回、gMSA 在 AD 中的权限，以及管理中心中两个写回选项都已勾选。
    .why =
        使用 Microsoft Entra 云同步时，写回通过预配代理运行，而不是 ADSync 服务；写入 AD 使用的是代理的组托管服务帐户（gMSA，例如 provAgentgMSA$），而不是 MSOL_ 帐户。
        需要满足：代理版本为 1.1.977.0 或更高；用 Set-AADCloudSyncPasswordWritebackConfiguration -Enable $true 为代理启用写回；gMSA 拥有“重置密码”“写入 lockoutTime”“写入 pwdLastSet”和“不过期密码”（用 Set-AADCloudSyncPermissions -PermissionType PasswordWriteBack 修复）；并在“密码重置” > “本地集成”中同时勾选“为已同步用户启用密码写回”（Enable password write back for synced users），以及额外勾选“使用 Microsoft Entra 云同步写回密码”（Write back passwords with Microsoft Entra Cloud Sync，旧标签为“… Microsoft Entra Connect cloud sync”）。
        代理以“Microsoft Azure AD Connect Provisioning Agent”和“Microsoft Azure AD Connect Agent Updater”两个服务运行。Connect 同步和云同步可以按域并存，所以先确认是哪个引擎在同步该用户。直通身份验证只在 Connect 同步部署中列出。
    .check =
        1. 确认同步该用户所在域的引擎：Connect 同步还是云同步。
        2. 在代理服务器上检查代理版本（1.1.977.0 或更高），并在 services.msc 中确认两个代理服务都在运行。
        3. 在代理服务器的 PowerShell 中，用租户凭据运行 Set-AADCloudSyncPasswordWritebackConfiguration -Enable $true。
        4. 用 Set-AADCloudSyncPermissions -PermissionType PasswordWriteBack -EACredential（企业管理员凭据）修复 gMSA 的权限。
        5. 在 Entra 管理中心的“密码重置” > “本地集成”中，勾选“为已同步用户启用密码写回”，同时勾选“使用 Microsoft Entra 云同步写回密码”，然后保存。
        6. 用一个由云同步同步的非管理员用户测试。
    .expected = 重置成功，用户可以在本地使用新密码登录。

step-registration-connect-to-cloud-sync-transition = 确认租户是否已从 Connect 同步迁移到云同步
    .summary = Microsoft 自 2026 年 7 月起分阶段将 Connect 同步迁移到云同步；迁移后，写回在预配代理上运行，ADSync 和 PasswordResetService 的相关步骤不再适用。
    .why =
        从 2026 年 7 月起，Microsoft 会通过消息中心、Connect Health 和电子邮件通知各租户自己的迁移时间段；配置简单的租户先迁移。迁移完成后，云同步成为主要的同步引擎，Connect 同步服务器可能处于暂存模式。
        对密码写回来说，排查位置因此改变：服务是“Microsoft Azure AD Connect Provisioning Agent”和“Microsoft Azure AD Connect Agent Updater”，而不是 ADSync；需要写回权限的是 gMSA，而不是 MSOL_ 帐户；并且必须打开云同步写回选项。关于重启 ADSync、Connect 配置向导或 PasswordResetService 31xxx 事件的步骤只适用于 Connect 同步。
    .check =
        1. 询问本地管理员租户是否收到过迁移时间段的通知，迁移是否已完成。
        2. 如果现在由云同步同步该用户，请使用“排查使用云同步时的密码写回问题”步骤，而不是 Connect 同步的步骤。
        3. 在代理服务器上确认两个预配代理服务都在运行。
        4. 如果 Connect 同步服务器处于暂存模式，不要再依赖它的写回事件或设置。
    .expected = 你在实际同步该用户的引擎上排查写回问题。
    .uncertain = Microsoft 的“新增功能”（2026-04-15）只给出开始通知的月份（2026 年 7 月）；每个租户的迁移时间段另行通知，所以某个租户的具体日期我们无法得知。
