# Contoso's words (en-US). A message with the id of a built-in one replaces it whole, value
# and attributes; new steps, links and entries need their messages here.

## A built-in message, replaced: the reset portal button names Contoso's address.
link-reset-portal = Open Contoso password reset (passwordreset.contoso.com)

## Labels of the new links.
link-contoso-kb-sspr = Contoso KB: SSPR escalation
link-contoso-identity-queue = New ticket for the Identity team

## New steps.
step-contoso-sspr-group = At Contoso, check the caller is in SG-SSPR-Users
    .summary = Contoso scopes SSPR to the one group SG-SSPR-Users; HR adds every employee to it on their first working day.
    .why =
        Contoso's SSPR scope is Selected, with the group SG-SSPR-Users. The HR system adds new employees to the group overnight after their start date, so a caller who started today is often not a member yet and gets SSPR_0013.

        Contractors are added by their Contoso sponsor, not by HR.
    .check =
        1. In the Microsoft Entra admin center, open Groups > SG-SSPR-Users > Members and search for the caller.
        2. If they started today, tell them SSPR works from tomorrow and reset the password for them now if your role allows it.
        3. If a contractor is missing, ask their sponsor to add them (Contoso KB article, button below).

step-contoso-escalate-writeback = Hand writeback failures to the Identity team
    .summary = Contoso's service desk has no rights on the Entra Connect servers: after SSPR_0029 or SSPR_0030, open a ticket for the Identity team.
    .why = The Entra Connect servers and the AD DS connector account belong to the Identity team. The checks of the writeback steps need their rights, so the service desk collects the details and hands the case over instead.
    .check =
        1. Note the caller's user name, the error code and the time of the failed reset.
        2. Open a ticket in the Identity queue (button below) with those details.
        3. Tell the caller the Identity team answers within four working hours.

## New catalogue entry.
entry-contoso-vpn-old-password = CTS-VPN-809: the VPN still asks for the old password
    .symptom = After a successful reset, the Contoso VPN client refuses the new password with CTS-VPN-809, while Microsoft 365 accepts it.
    .causes =
        1. The VPN checks passwords against on-premises AD, and the new password has not reached it yet.
        2. Password writeback failed, so only the cloud password changed.
    .fix = Wait a few minutes and try again. If it still fails, check writeback (built-in steps) and hand the case to the Identity team.

change-contoso-vpn-cutover = Contoso moves remote access to the new VPN
    .reports = Callers say the new VPN still wants the password they had before the reset.
    .summary = From 1 Mar 2027 remote staff sign in to the new VPN with their Entra ID password; until the old VPN is switched off, a reset reaches it only after the next sync.

triage-writeback-contoso-escalate = Contoso: the AD team already has a ticket for it
    .summary = open AD team ticket
