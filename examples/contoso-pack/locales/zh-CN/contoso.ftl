# Contoso 的文字（zh-CN）。与内置消息同 ID 的消息会整体替换内置消息（值和所有属性）；
# 新增的步骤、链接和条目需要在这里提供消息。

## 替换的内置消息：密码重置门户按钮显示 Contoso 的地址。
link-reset-portal = 打开 Contoso 密码重置（passwordreset.contoso.com）

## 新链接的标签。
link-contoso-kb-sspr = Contoso 知识库：SSPR 升级处理
link-contoso-identity-queue = 为标识团队新建工单

## 新步骤。
step-contoso-sspr-group = 在 Contoso，检查来电用户是否在 SG-SSPR-Users 组中
    .summary = Contoso 将自助式密码重置的范围限定为 SG-SSPR-Users 这一个组；HR 会在每位员工入职第一天将其加入该组。
    .why =
        Contoso 的 SSPR 范围为“选定”，组为 SG-SSPR-Users。HR 系统会在员工入职日之后的当天夜间将其加入该组，因此当天入职的来电用户往往还不是成员，会收到 SSPR_0013。

        外包人员由其 Contoso 担保人添加，而不是由 HR 添加。
    .check =
        1. 在 Microsoft Entra 管理中心中，打开“组” > SG-SSPR-Users > “成员”，搜索该来电用户。
        2. 如果来电用户今天刚入职，请告知其明天起即可使用 SSPR；如果你的角色允许，现在就为其重置密码。
        3. 如果缺少的是外包人员，请让其担保人将其加入（见下方按钮中的 Contoso 知识库文章）。

step-contoso-escalate-writeback = 将密码写回失败的案例转交标识团队
    .summary = Contoso 的技术支持人员在 Entra Connect 服务器上没有权限：出现 SSPR_0029 或 SSPR_0030 后，请为标识团队新建工单。
    .why = Entra Connect 服务器和 AD DS 连接器帐户由标识团队管理。写回步骤中的检查需要他们的权限，因此技术支持人员只收集详细信息并转交案例。
    .check =
        1. 记下来电用户的用户名、错误代码和重置失败的时间。
        2. 在标识团队队列中新建工单（下方按钮），填写上述信息。
        3. 告知来电用户，标识团队会在四个工作小时内答复。

## 新的目录条目。
entry-contoso-vpn-old-password = CTS-VPN-809：VPN 仍要求输入旧密码
    .symptom = 重置成功后，Contoso VPN 客户端以 CTS-VPN-809 拒绝新密码，而 Microsoft 365 可以接受。
    .causes =
        1. VPN 根据本地 AD 验证密码，而新密码尚未到达本地 AD。
        2. 密码写回失败，因此只有云端密码发生了更改。
    .fix = 等待几分钟后重试。如果仍然失败，请检查密码写回（内置步骤），并将案例转交标识团队。

change-contoso-vpn-cutover = Contoso 远程访问迁移到新的 VPN
    .reports = 来电者反映新的 VPN 仍要求输入重置之前的旧密码。
    .summary = 自 2027 年 3 月 1 日起，远程员工使用 Entra ID 密码登录新的 VPN；在旧 VPN 关闭之前，重置后的密码要等下一次同步后才会生效。

triage-writeback-contoso-escalate = Contoso：AD 团队已有相关工单
    .summary = AD 团队已有工单
