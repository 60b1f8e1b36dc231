# Kiosk mode (en-US): words for the self-service flows an employee follows alone at a kiosk (reset a forgotten password, register security info). Screens and links: assets/playbook/kiosk.toml.

kiosk-flow-reset = Reset your password
    .description = Choose this if you forgot your password or it no longer works.

kiosk-flow-register = Register your security info
    .description = Set this up now so you can reset your own password later.

kiosk-screen-reset-open = Open the reset page on your phone
    .body =
        Scan the code with your phone's camera.
        Or type the address shown under the code into your phone's browser.
        You can then continue on your phone.
        Select Next here to see what to do on each page.

kiosk-screen-reset-identify = Enter your user name
    .body =
        Enter your work email address (your user name) in the first box.
        Type the characters shown in the picture (the CAPTCHA), then select Next.
        If your email address isn't accepted, enter the user name you use to sign in at work.
        If you're asked why you can't sign in, choose "I forgot my password".

kiosk-screen-reset-verify = Prove it's you
    .body =
        Choose a method you registered: the Microsoft Authenticator app, a code by email, your security questions, or a text or call to your phone (Microsoft stops sending texts and calls on 1 February 2027).
        Your organization may ask for a second method after the first one.
        If you're asked for your phone number, enter all of it, with the country code (for example +1 4251234567).
        Enter each code within 5 minutes. An emailed code may be in your Junk folder. A text may be blocked as spam, especially from an international sender: look in your phone's blocked or spam messages.
        Finish the whole reset within 15 minutes, or start again.

kiosk-screen-reset-new-password = Choose a new password
    .body =
        Enter your new password, then enter it again to confirm it.
        Make it long and hard to guess: at least 8 characters, with three of these: capital letters, small letters, numbers, symbols.
        If it's refused, your organization's rules are stricter: try a longer one you haven't used before.
        From now on, sign in everywhere with the new password, including your work computer.
        If it isn't accepted at once, wait a few minutes and try again.

kiosk-screen-reset-if-it-fails = Get help if it doesn't work
    .body =
        Take a screenshot or a photo of the error, with its code (for example SSPR_0013 or SSPR_0029), and note the time.
        If there's a support code link at the bottom of the page, select it and take a photo of that code too.
        If the page says reset isn't turned on for you, or that you don't have enough security info, only the helpdesk can fix it.
        If it says you've tried too many times, wait 24 hours after your last try, then try again.
        Then ask your IT helpdesk for help and show them your photo.

kiosk-screen-register-open = Open Security info on your phone
    .body =
        Scan the code with your phone's camera.
        Or type the address shown under the code into your phone's browser.
        You can then continue on your phone.
        Select Next here to see what to do on each page.

kiosk-screen-register-sign-in = Sign in with your work account
    .body =
        Sign in with your work account (usually your work email address) and your password.
        You may be asked for an extra check, such as approving the sign-in in an app or entering a code. That's normal.
        If you were given a temporary password, use it, then choose your own password when asked.
        Forgot your password? Go back to the start and choose Reset your password first.

kiosk-screen-register-add-methods = Add your methods
    .body =
        Add at least as many methods as your organization asks for. Two different methods are safest.
        Microsoft Authenticator app: install it on your phone from your app store. The page is on this same phone, so you can't scan its QR code: choose the page's option to pair the app with a link instead.
        Email: enter an address you can open without this work account, then type the code you receive.
        Mobile phone, as an extra only (Microsoft stops sending codes by text and call on 1 February 2027): choose your country code, enter your number, then type the code you receive.
        Use your own mobile number, not an internet phone number.
        If security questions are offered, choose answers you will remember exactly.

kiosk-screen-register-check = Check your methods
    .body =
        On the Security info page, check that every method you added is listed.
        If one is missing, add it again.
        When every method is listed, your security info is ready. Next time you forget your password, choose Reset your password here.
        If you used the browser on this kiosk, sign out and close it.

kiosk-screen-register-if-it-fails = Get help if it doesn't work
    .body =
        Take a screenshot or a photo of the exact error message or code, and note the time.
        If there's a support code link at the bottom of the page, select it and take a photo of that code too.
        If the page says your administrator has not enabled you to use this feature, contact the helpdesk.
        No text arrives? Check the country code and number, and look in your phone's blocked or spam messages: some phones filter texts from international senders. No email? Look in your Junk folder. If you're told you've tried too many times, wait 24 hours.
        Then ask your IT helpdesk for help and show them your photo.
