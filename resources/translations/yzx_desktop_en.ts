<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>About</name>
    <message>
        <source>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;Turn a text prompt into a video on an OpenAI-compatible relay.&lt;/p&gt;&lt;p&gt;Qt %3 · PySide6 %4&lt;/p&gt;&lt;p&gt;&lt;a href="%5"&gt;Open the log folder&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;Turn a text prompt into a video on an OpenAI-compatible relay.&lt;/p&gt;&lt;p&gt;Qt %3 · PySide6 %4&lt;/p&gt;&lt;p&gt;&lt;a href="%5"&gt;Open the log folder&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>About %1</translation>
    </message>
</context>
<context>
    <name>BalanceLabel</name>
    <message>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>The relay has not reported a balance for this token.</source>
        <translation>The relay has not reported a balance for this token.</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>unlimited</translation>
    </message>
    <message>
        <source>Balance: %1</source>
        <translation>Balance: %1</translation>
    </message>
    <message>
        <source>What the relay reports is left on this token (used so far: %1), from %2, at %3. It refreshes after each task is created and after each one ends.</source>
        <translation>What the relay reports is left on this token (used so far: %1), from %2, at %3. It refreshes after each task is created and after each one ends.</translation>
    </message>
</context>
<context>
    <name>CompareTile</name>
    <message>
        <source>random seed</source>
        <translation>random seed</translation>
    </message>
    <message>
        <source>seed %1</source>
        <translation>seed %1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Take %1: %2</source>
        <translation>Take %1: %2</translation>
    </message>
    <message>
        <source>Video of take %1</source>
        <translation>Video of take %1</translation>
    </message>
    <message>
        <source>Mute take %1</source>
        <translation>Mute take %1</translation>
    </message>
    <message>
        <source>Mute or unmute this take (%1)</source>
        <translation>Mute or unmute this take (%1)</translation>
    </message>
    <message>
        <source>Favourite take %1</source>
        <translation>Favourite take %1</translation>
    </message>
    <message>
        <source>Mark this take as a favourite (S: the highlighted take)</source>
        <translation>Mark this take as a favourite (S: the highlighted take)</translation>
    </message>
    <message>
        <source>Take %1</source>
        <translation>Take %1</translation>
    </message>
    <message>
        <source>Take %1; press %1 to mute or unmute it</source>
        <translation>Take %1; press %1 to mute or unmute it</translation>
    </message>
    <message>
        <source>This take cannot be played: %1</source>
        <translation>This take cannot be played: %1</translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <source>Compare %1 takes</source>
        <translation>Compare %1 takes</translation>
    </message>
</context>
<context>
    <name>ComposePanel</name>
    <message>
        <source>&amp;Prompt</source>
        <translation>&amp;Prompt</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>&amp;Model</translation>
    </message>
    <message>
        <source>&amp;Duration</source>
        <translation>&amp;Duration</translation>
    </message>
    <message>
        <source>S&amp;ize</source>
        <translation>S&amp;ize</translation>
    </message>
    <message>
        <source>S&amp;eed</source>
        <translation>S&amp;eed</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Describe the video: subject, action, camera, light, style…</source>
        <translation>Describe the video: subject, action, camera, light, style…</translation>
    </message>
    <message>
        <source>&amp;Takes</source>
        <translation>&amp;Takes</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>Histor&amp;y</translation>
    </message>
    <message>
        <source>Pre&amp;sets</source>
        <translation>Pre&amp;sets</translation>
    </message>
    <message>
        <source>Prompt &amp;History…</source>
        <translation>Prompt &amp;History…</translation>
    </message>
    <message>
        <source>&amp;Save as Preset…</source>
        <translation>&amp;Save as Preset…</translation>
    </message>
    <message>
        <source>&amp;Manage Presets…</source>
        <translation>&amp;Manage Presets…</translation>
    </message>
    <message>
        <source>Save the prompt and settings under a name</source>
        <translation>Save the prompt and settings under a name</translation>
    </message>
    <message>
        <source>Apply, rename or delete presets</source>
        <translation>Apply, rename or delete presets</translation>
    </message>
    <message>
        <source>What the video should show. Ctrl+Enter generates; Ctrl+V pastes an image; Up in an empty prompt recalls the last one.</source>
        <translation>What the video should show. Ctrl+Enter generates; Ctrl+V pastes an image; Up in an empty prompt recalls the last one.</translation>
    </message>
    <message>
        <source>random</source>
        <translation>random</translation>
    </message>
    <message>
        <source>Generate  (Ctrl+Enter)</source>
        <translation>Generate  (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>Random</translation>
    </message>
    <message>
        <source>The relay's video models. Type any model id the relay supports.</source>
        <translation>The relay's video models. Type any model id the relay supports.</translation>
    </message>
    <message>
        <source>Reload the model list from the relay (F5)</source>
        <translation>Reload the model list from the relay (F5)</translation>
    </message>
    <message>
        <source>Length of the video in seconds</source>
        <translation>Length of the video in seconds</translation>
    </message>
    <message>
        <source>Width x height in pixels: pick a preset or type e.g. 1280x720</source>
        <translation>Width x height in pixels: pick a preset or type e.g. 1280x720</translation>
    </message>
    <message>
        <source>Same seed and prompt reproduce a result. Empty means random.</source>
        <translation>Same seed and prompt reproduce a result. Empty means random.</translation>
    </message>
    <message>
        <source>Roll a random seed</source>
        <translation>Roll a random seed</translation>
    </message>
    <message>
        <source>Send one paid task to the relay</source>
        <translation>Send one paid task to the relay</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Every prompt you sent: search it and reuse one (%1)</source>
        <translation>Every prompt you sent: search it and reuse one (%1)</translation>
    </message>
    <message>
        <source>Refresh models</source>
        <translation>Refresh models</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>The lengths this model makes, in seconds</source>
        <translation>The lengths this model makes, in seconds</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Aspect ratio</source>
        <translation>Aspect ratio</translation>
    </message>
    <message>
        <source>Width to height of the video</source>
        <translation>Width to height of the video</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>Height of the video</source>
        <translation>Height of the video</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Roll seed</source>
        <translation>Roll seed</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Generate</translation>
    </message>
    <message>
        <source>Takes</source>
        <translation>Takes</translation>
    </message>
    <message>
        <source>How many takes of this prompt, each with its own seed; more than one is confirmed first</source>
        <translation>How many takes of this prompt, each with its own seed; more than one is confirmed first</translation>
    </message>
    <message>
        <source>Clear the sweep</source>
        <translation>Clear the sweep</translation>
    </message>
    <message>
        <source>Make the takes with the model and length above</source>
        <translation>Make the takes with the model and length above</translation>
    </message>
    <message>
        <source>Prompt history</source>
        <translation>Prompt history</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>Presets</translation>
    </message>
    <message>
        <source>Apply a saved prompt or style with its settings, or save these</source>
        <translation>Apply a saved prompt or style with its settings, or save these</translation>
    </message>
    <message>
        <source>Do not continue a shot</source>
        <translation>Do not continue a shot</translation>
    </message>
    <message>
        <source>Make this a new shot instead of a continuation</source>
        <translation>Make this a new shot instead of a continuation</translation>
    </message>
    <message>
        <source>Why Generate is disabled</source>
        <translation>Why Generate is disabled</translation>
    </message>
    <message>
        <source>Unknown model: sent as typed (model, prompt, duration, size, seed).</source>
        <translation>Unknown model: sent as typed (model, prompt, duration, size, seed).</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>not supported by this model</source>
        <translation>not supported by this model</translation>
    </message>
    <message>
        <source>Sent to the relay as %1</source>
        <translation>Sent to the relay as %1</translation>
    </message>
    <message>
        <source>Images: this model is unknown, so the app does not know where its relay reads them. Pin it to a family in Settings to send images.</source>
        <translation>Images: this model is unknown, so the app does not know where its relay reads them. Pin it to a family in Settings to send images.</translation>
    </message>
    <message>
        <source>%1 takes images only as web links; local images cannot be sent.</source>
        <translation>%1 takes images only as web links; local images cannot be sent.</translation>
    </message>
    <message>
        <source>%1 does not read images.</source>
        <translation>%1 does not read images.</translation>
    </message>
    <message>
        <source>Ctrl+Enter sends one paid task.</source>
        <translation>Ctrl+Enter sends one paid task.</translation>
    </message>
    <message numerus="yes">
        <source>Generate %n take(s)</source>
        <translation>
            <numerusform>Generate %n take</numerusform>
            <numerusform>Generate %n takes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ctrl+Enter asks once, then sends %n paid task(s).</source>
        <translation>
            <numerusform>Ctrl+Enter asks once, then sends %n paid task.</numerusform>
            <numerusform>Ctrl+Enter asks once, then sends %n paid tasks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent. One task was created.</source>
        <translation>Sent. One task was created.</translation>
    </message>
    <message>
        <source>Continues the shot of job %1.</source>
        <translation>Continues the shot of job %1.</translation>
    </message>
    <message numerus="yes">
        <source>S&amp;weep: %n model(s)…</source>
        <translation>
            <numerusform>S&amp;weep: %n model…</numerusform>
            <numerusform>S&amp;weep: %n models…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>S&amp;weep: %n length(s)…</source>
        <translation>
            <numerusform>S&amp;weep: %n length…</numerusform>
            <numerusform>S&amp;weep: %n lengths…</numerusform>
        </translation>
    </message>
    <message>
        <source>S&amp;weep…</source>
        <translation>S&amp;weep…</translation>
    </message>
    <message>
        <source>Sweeping %1. Change or clear the sweep.</source>
        <translation>Sweeping %1. Change or clear the sweep.</translation>
    </message>
    <message>
        <source>Make the takes with up to 4 models or lengths, to compare them</source>
        <translation>Make the takes with up to 4 models or lengths, to compare them</translation>
    </message>
    <message>
        <source>No presets yet</source>
        <translation>No presets yet</translation>
    </message>
    <message>
        <source>The relay does not list %1 any more. It is in the Model box as saved: pick another model before you generate.</source>
        <translation>The relay does not list %1 any more. It is in the Model box as saved: pick another model before you generate.</translation>
    </message>
    <message>
        <source>%1 makes no %2 s videos; the length stays %3 s.</source>
        <translation>%1 makes no %2 s videos; the length stays %3 s.</translation>
    </message>
    <message>
        <source>%1 is not offered for this model; it stays %2.</source>
        <translation>%1 is not offered for this model; it stays %2.</translation>
    </message>
    <message>
        <source>This model has no option “%1”; it was not applied.</source>
        <translation>This model has no option “%1”; it was not applied.</translation>
    </message>
    <message>
        <source>Preset “%1”</source>
        <translation>Preset “%1”</translation>
    </message>
    <message>
        <source>Preset “%1” was applied, except:</source>
        <translation>Preset “%1” was applied, except:</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>Enter the relay's Base URL.</source>
        <translation>Enter the relay's Base URL.</translation>
    </message>
    <message>
        <source>The Base URL must start with https:// (or http://), e.g. https://www.yuzhixiaolongxia.com/v1.</source>
        <translation>The Base URL must start with https:// (or http://), e.g. https://www.yuzhixiaolongxia.com/v1.</translation>
    </message>
    <message>
        <source>The Base URL has no host name.</source>
        <translation>The Base URL has no host name.</translation>
    </message>
    <message>
        <source>Enter the relay's token.</source>
        <translation>Enter the relay's token.</translation>
    </message>
    <message>
        <source>Connected, but the relay lists no video models for this token.</source>
        <translation>Connected, but the relay lists no video models for this token.</translation>
    </message>
    <message>
        <source>Connected. Video models: %1 (e.g. %2).</source>
        <translation>Connected. Video models: %1 (e.g. %2).</translation>
    </message>
</context>
<context>
    <name>ConnectionLabel</name>
    <message>
        <source>DEMO</source>
        <translation>DEMO</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>Connection state</translation>
    </message>
</context>
<context>
    <name>CountsLabel</name>
    <message>
        <source>Active: %1 · Done: %2 · Failed: %3</source>
        <translation>Active: %1 · Done: %2 · Failed: %3</translation>
    </message>
    <message>
        <source>Uncertain: %1</source>
        <translation>Uncertain: %1</translation>
    </message>
    <message>
        <source>Job counts</source>
        <translation>Job counts</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Submit again?</source>
        <translation>Submit again?</translation>
    </message>
    <message>
        <source>Job %1 may already have been charged by the relay. Submitting again creates a new task, which the relay charges again.</source>
        <translation>Job %1 may already have been charged by the relay. Submitting again creates a new task, which the relay charges again.</translation>
    </message>
    <message>
        <source>Submit and pay again</source>
        <translation>Submit and pay again</translation>
    </message>
    <message>
        <source>Enter Task Id</source>
        <translation>Enter Task Id</translation>
    </message>
    <message>
        <source>If the relay's dashboard shows this task, paste its id. The app then tracks it without creating a new one.</source>
        <translation>If the relay's dashboard shows this task, paste its id. The app then tracks it without creating a new one.</translation>
    </message>
    <message>
        <source>Remove from list</source>
        <translation>Remove from list</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n job(s) from the list?</source>
        <translation>
            <numerusform>Remove %n job from the list?</numerusform>
            <numerusform>Remove %n jobs from the list?</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove, keep files</source>
        <translation>Remove, keep files</translation>
    </message>
    <message>
        <source>Remove and delete files</source>
        <translation>Remove and delete files</translation>
    </message>
    <message>
        <source>Save Video As</source>
        <translation>Save Video As</translation>
    </message>
    <message>
        <source>MP4 video (*.mp4)</source>
        <translation>MP4 video (*.mp4)</translation>
    </message>
    <message>
        <source>Export Frame</source>
        <translation>Export Frame</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message numerus="yes">
        <source>Tags for %n result(s), separated by commas or spaces:</source>
        <translation>
            <numerusform>Tags for %n result, separated by commas or spaces:</numerusform>
            <numerusform>Tags for %n results, separated by commas or spaces:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Explain</name>
    <message>
        <source>The relay refused the token. Check it in Settings, and that it belongs to the relay's video group and has quota.</source>
        <translation>The relay refused the token. Check it in Settings, and that it belongs to the relay's video group and has quota.</translation>
    </message>
    <message>
        <source>The relay does not know this model. Refresh the model list and pick one of its video models.</source>
        <translation>The relay does not know this model. Refresh the model list and pick one of its video models.</translation>
    </message>
    <message>
        <source>The prompt was refused by content moderation. Rewrite it and try again.</source>
        <translation>The prompt was refused by content moderation. Rewrite it and try again.</translation>
    </message>
    <message>
        <source>The relay refused the request. Check the duration and size for this model.</source>
        <translation>The relay refused the request. Check the duration and size for this model.</translation>
    </message>
    <message>
        <source>The relay has no such address. Check the Base URL in Settings; it usually ends in /v1.</source>
        <translation>The relay has no such address. Check the Base URL in Settings; it usually ends in /v1.</translation>
    </message>
    <message>
        <source>The relay asks us to slow down. The app waits and retries by itself.</source>
        <translation>The relay asks us to slow down. The app waits and retries by itself.</translation>
    </message>
    <message>
        <source>The relay is having trouble. The app retries by itself.</source>
        <translation>The relay is having trouble. The app retries by itself.</translation>
    </message>
    <message>
        <source>The connection to %1 broke. The app keeps trying; check the network or proxy if it goes on.</source>
        <translation>The connection to %1 broke. The app keeps trying; check the network or proxy if it goes on.</translation>
    </message>
    <message>
        <source>The host name %1 could not be found. Check the Base URL for a typo, and the network.</source>
        <translation>The host name %1 could not be found. Check the Base URL for a typo, and the network.</translation>
    </message>
    <message>
        <source>%1 refused the connection: nothing answers at that address and port. Check the Base URL.</source>
        <translation>%1 refused the connection: nothing answers at that address and port. Check the Base URL.</translation>
    </message>
    <message>
        <source>%1 did not answer in time. The app keeps trying; check the network or proxy.</source>
        <translation>%1 did not answer in time. The app keeps trying; check the network or proxy.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed. Check the Base URL (https) and the proxy.</source>
        <translation>The secure connection to %1 failed. Check the Base URL (https) and the proxy.</translation>
    </message>
    <message>
        <source>The relay sent an unexpected answer. The app keeps trying.</source>
        <translation>The relay sent an unexpected answer. The app keeps trying.</translation>
    </message>
    <message>
        <source>The relay no longer knows this task. Its record is kept here.</source>
        <translation>The relay no longer knows this task. Its record is kept here.</translation>
    </message>
    <message>
        <source>It is not known whether the relay received this request, so the app did not resend it: you are never charged twice. If the relay's dashboard shows the task, enter its id; otherwise submit again.</source>
        <translation>It is not known whether the relay received this request, so the app did not resend it: you are never charged twice. If the relay's dashboard shows the task, enter its id; otherwise submit again.</translation>
    </message>
    <message>
        <source>You stopped tracking this job. The relay may still finish it; choose “Track again” to fetch the result.</source>
        <translation>You stopped tracking this job. The relay may still finish it; choose “Track again” to fetch the result.</translation>
    </message>
    <message>
        <source>The video is ready on the relay but could not be downloaded yet. Choose “Track again” to retry; links expire after a few hours.</source>
        <translation>The video is ready on the relay but could not be downloaded yet. Choose “Track again” to retry; links expire after a few hours.</translation>
    </message>
    <message>
        <source>The video could not be written to disk. Free some space or choose another library folder in Settings.</source>
        <translation>The video could not be written to disk. Free some space or choose another library folder in Settings.</translation>
    </message>
    <message>
        <source>The app checked the request before sending and could not send it as asked; nothing was sent or charged.</source>
        <translation>The app checked the request before sending and could not send it as asked; nothing was sent or charged.</translation>
    </message>
    <message>
        <source>An internal error stopped this job. It is kept; try it again.</source>
        <translation>An internal error stopped this job. It is kept; try it again.</translation>
    </message>
    <message>
        <source>The relay reported the task as failed.</source>
        <translation>The relay reported the task as failed.</translation>
    </message>
    <message>
        <source>The relay said: %1</source>
        <translation>The relay said: %1</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to %1</source>
        <translation>Welcome to %1</translation>
    </message>
    <message>
        <source>Connect your relay to generate videos. The token is the one from the relay's token page (令牌), in the “video” group. Or try the demo: a built-in simulated relay, no token, no cost.</source>
        <translation>Connect your relay to generate videos. The token is the one from the relay's token page (令牌), in the “video” group. Or try the demo: a built-in simulated relay, no token, no cost.</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Connection test result</translation>
    </message>
    <message>
        <source>The token will be kept in the system keyring.</source>
        <translation>The token will be kept in the system keyring.</translation>
    </message>
    <message>
        <source>No system keyring was found: the token will be kept in a file only your user can read, in the app's settings folder.</source>
        <translation>No system keyring was found: the token will be kept in a file only your user can read, in the app's settings folder.</translation>
    </message>
    <message>
        <source>Test co&amp;nnection</source>
        <translation>Test co&amp;nnection</translation>
    </message>
    <message>
        <source>Try &amp;demo</source>
        <translation>Try &amp;demo</translation>
    </message>
    <message>
        <source>&amp;Save and start</source>
        <translation>&amp;Save and start</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Base URL</source>
        <translation>&amp;Base URL</translation>
    </message>
    <message>
        <source>&amp;Token</source>
        <translation>&amp;Token</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Base URL</translation>
    </message>
    <message>
        <source>The relay's API address, ending in /v1</source>
        <translation>The relay's API address, ending in /v1</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Your relay token (kept secret)</source>
        <translation>Your relay token (kept secret)</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <source>Ask the relay for its model list</source>
        <translation>Ask the relay for its model list</translation>
    </message>
    <message>
        <source>Try demo</source>
        <translation>Try demo</translation>
    </message>
    <message>
        <source>Use the built-in simulated relay</source>
        <translation>Use the built-in simulated relay</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Close the app without connecting (Esc); nothing is saved</source>
        <translation>Close the app without connecting (Esc); nothing is saved</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Testing…</translation>
    </message>
    <message>
        <source>Enter the relay's token, or choose “Try demo”.</source>
        <translation>Enter the relay's token, or choose “Try demo”.</translation>
    </message>
</context>
<context>
    <name>ImageSlot</name>
    <message>
        <source>First frame</source>
        <translation>First frame</translation>
    </message>
    <message>
        <source>Last frame</source>
        <translation>Last frame</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>%1 (not read by this model)</source>
        <translation>%1 (not read by this model)</translation>
    </message>
    <message>
        <source>Drop an image here, paste one (Ctrl+V), or click to choose a file.</source>
        <translation>Drop an image here, paste one (Ctrl+V), or click to choose a file.</translation>
    </message>
    <message>
        <source>Remove image</source>
        <translation>Remove image</translation>
    </message>
    <message>
        <source>Remove this image (Delete)</source>
        <translation>Remove this image (Delete)</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>Images (%1)</translation>
    </message>
    <message>
        <source>+ image</source>
        <translation>+ image</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>empty</translation>
    </message>
</context>
<context>
    <name>JobActions</name>
    <message>
        <source>Play the selected video</source>
        <translation>Play the selected video</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>Pre&amp;view</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Save &amp;As…</translation>
    </message>
    <message>
        <source>Save a copy of the video</source>
        <translation>Save a copy of the video</translation>
    </message>
    <message>
        <source>Show in F&amp;older</source>
        <translation>Show in F&amp;older</translation>
    </message>
    <message>
        <source>Open the folder with the video</source>
        <translation>Open the folder with the video</translation>
    </message>
    <message>
        <source>&amp;Copy Prompt</source>
        <translation>&amp;Copy Prompt</translation>
    </message>
    <message>
        <source>Copy the prompt text</source>
        <translation>Copy the prompt text</translation>
    </message>
    <message>
        <source>Copy Task I&amp;d</source>
        <translation>Copy Task I&amp;d</translation>
    </message>
    <message>
        <source>Copy the relay's task id</source>
        <translation>Copy the relay's task id</translation>
    </message>
    <message>
        <source>&amp;Reuse Settings</source>
        <translation>&amp;Reuse Settings</translation>
    </message>
    <message>
        <source>Fill the compose panel with this job's settings</source>
        <translation>Fill the compose panel with this job's settings</translation>
    </message>
    <message>
        <source>Co&amp;ntinue This Shot</source>
        <translation>Co&amp;ntinue This Shot</translation>
    </message>
    <message>
        <source>A new shot that starts from this video's last frame</source>
        <translation>A new shot that starts from this video's last frame</translation>
    </message>
    <message>
        <source>&amp;Use Frame as First Frame</source>
        <translation>&amp;Use Frame as First Frame</translation>
    </message>
    <message>
        <source>Put the preview's current frame into the first-frame slot</source>
        <translation>Put the preview's current frame into the first-frame slot</translation>
    </message>
    <message>
        <source>Su&amp;bmit Again…</source>
        <translation>Su&amp;bmit Again…</translation>
    </message>
    <message>
        <source>Create a new task with the same settings</source>
        <translation>Create a new task with the same settings</translation>
    </message>
    <message>
        <source>Stop Trac&amp;king</source>
        <translation>Stop Trac&amp;king</translation>
    </message>
    <message>
        <source>Detail&amp;s…</source>
        <translation>Detail&amp;s…</translation>
    </message>
    <message>
        <source>&amp;Favourite ★</source>
        <translation>&amp;Favourite ★</translation>
    </message>
    <message>
        <source>Star the result (Ctrl+D)</source>
        <translation>Star the result (Ctrl+D)</translation>
    </message>
    <message>
        <source>Ta&amp;gs…</source>
        <translation>Ta&amp;gs…</translation>
    </message>
    <message>
        <source>Free tags to find results by (Ctrl+T)</source>
        <translation>Free tags to find results by (Ctrl+T)</translation>
    </message>
    <message>
        <source>Copy Fi&amp;le</source>
        <translation>Copy Fi&amp;le</translation>
    </message>
    <message>
        <source>Copy the video file, to paste into a folder or an editor (Ctrl+C)</source>
        <translation>Copy the video file, to paste into a folder or an editor (Ctrl+C)</translation>
    </message>
    <message>
        <source>E&amp;xport Frame as PNG…</source>
        <translation>E&amp;xport Frame as PNG…</translation>
    </message>
    <message>
        <source>Save the frame shown in the preview as a PNG (Ctrl+Shift+E)</source>
        <translation>Save the frame shown in the preview as a PNG (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Com&amp;pare Takes…</source>
        <translation>Com&amp;pare Takes…</translation>
    </message>
    <message>
        <source>Play 2 to 4 selected results side by side, in sync (Ctrl+K)</source>
        <translation>Play 2 to 4 selected results side by side, in sync (Ctrl+K)</translation>
    </message>
    <message>
        <source>Export Sc&amp;ene…</source>
        <translation>Export Sc&amp;ene…</translation>
    </message>
    <message>
        <source>Join this chain of continued shots into one MP4</source>
        <translation>Join this chain of continued shots into one MP4</translation>
    </message>
    <message>
        <source>Stop polling this job; the relay may still finish it</source>
        <translation>Stop polling this job; the relay may still finish it</translation>
    </message>
    <message>
        <source>&amp;Track Again</source>
        <translation>&amp;Track Again</translation>
    </message>
    <message>
        <source>Resume polling or downloading (no new task)</source>
        <translation>Resume polling or downloading (no new task)</translation>
    </message>
    <message>
        <source>Enter Task &amp;Id…</source>
        <translation>Enter Task &amp;Id…</translation>
    </message>
    <message>
        <source>Attach the task id shown on the relay's dashboard</source>
        <translation>Attach the task id shown on the relay's dashboard</translation>
    </message>
    <message>
        <source>Re&amp;move from List…</source>
        <translation>Re&amp;move from List…</translation>
    </message>
    <message>
        <source>Remove the job from the list (the file is kept unless you ask)</source>
        <translation>Remove the job from the list (the file is kept unless you ask)</translation>
    </message>
    <message>
        <source>Parameters, times, failure text and raw response</source>
        <translation>Parameters, times, failure text and raw response</translation>
    </message>
</context>
<context>
    <name>JobCommands</name>
    <message>
        <source>Set the relay's token in Settings first, or try the demo (File → Demo mode).</source>
        <translation>Set the relay's token in Settings first, or try the demo (File → Demo mode).</translation>
    </message>
    <message>
        <source>Job %1 sent to the relay.</source>
        <translation>Job %1 sent to the relay.</translation>
    </message>
    <message numerus="yes">
        <source>%n take(s) sent to the relay.</source>
        <translation>
            <numerusform>%n take sent to the relay.</numerusform>
            <numerusform>%n takes sent to the relay.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n take(s)</source>
        <translation>
            <numerusform>%n take</numerusform>
            <numerusform>%n takes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n model(s)</source>
        <translation>
            <numerusform>%n model</numerusform>
            <numerusform>%n models</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n length(s)</source>
        <translation>
            <numerusform>%n length</numerusform>
            <numerusform>%n lengths</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message numerus="yes">
        <source>%n take(s) of one prompt, each with its own seed.</source>
        <translation>
            <numerusform>%n take of one prompt, with its own seed.</numerusform>
            <numerusform>%n takes of one prompt, each with its own seed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n take(s) of one prompt. This model takes no seed: the relay varies them.</source>
        <translation>
            <numerusform>%n take of one prompt. This model takes no seed.</numerusform>
            <numerusform>%n takes of one prompt. This model takes no seed: the relay varies them.</numerusform>
        </translation>
    </message>
    <message>
        <source>: </source>
        <comment>the colon before a list</comment>
        <translation>: </translation>
    </message>
    <message>
        <source>%1 each</source>
        <translation>%1 each</translation>
    </message>
    <message>
        <source>Not sent to %1 (options of another model): %2</source>
        <translation>Not sent to %1 (options of another model): %2</translation>
    </message>
    <message>
        <source>Reading the last frame…</source>
        <translation>Reading the last frame…</translation>
    </message>
    <message>
        <source>The last frame could not be read: %1</source>
        <translation>The last frame could not be read: %1</translation>
    </message>
    <message>
        <source>Job %1's last frame is the first frame of the next shot.</source>
        <translation>Job %1's last frame is the first frame of the next shot.</translation>
    </message>
    <message>
        <source>Play the video to pick a frame first.</source>
        <translation>Play the video to pick a frame first.</translation>
    </message>
    <message>
        <source>This model does not read a first frame.</source>
        <translation>This model does not read a first frame.</translation>
    </message>
    <message>
        <source>The relay does not know a task “%1”. Check the id and try again.</source>
        <translation>The relay does not know a task “%1”. Check the id and try again.</translation>
    </message>
    <message>
        <source>The copy failed: %1</source>
        <translation>The copy failed: %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
</context>
<context>
    <name>JobDetailsDialog</name>
    <message>
        <source>Job %1</source>
        <translation>Job %1</translation>
    </message>
    <message>
        <source>Job details</source>
        <translation>Job details</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(removed)</translation>
    </message>
    <message>
        <source>unknown model: sent as typed</source>
        <translation>unknown model: sent as typed</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Task id</source>
        <translation>Task id</translation>
    </message>
    <message>
        <source>Relay</source>
        <translation>Relay</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Take</source>
        <translation>Take</translation>
    </message>
    <message>
        <source>%1 of a set</source>
        <translation>%1 of a set</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Library</translation>
    </message>
    <message>
        <source>Continues</source>
        <translation>Continues</translation>
    </message>
    <message>
        <source>Continued by</source>
        <translation>Continued by</translation>
    </message>
    <message>
        <source>Images sent</source>
        <translation>Images sent</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Request as sent</source>
        <translation>Request as sent</translation>
    </message>
    <message>
        <source>Last response from the relay</source>
        <translation>Last response from the relay</translation>
    </message>
    <message>
        <source>estimated %1 · charged %2</source>
        <translation>estimated %1 · charged %2</translation>
    </message>
    <message>
        <source>First frame</source>
        <translation>First frame</translation>
    </message>
    <message>
        <source>Last frame</source>
        <translation>Last frame</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
</context>
<context>
    <name>JobState</name>
    <message>
        <source>Waiting to send</source>
        <translation>Waiting to send</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Sending</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Queued</translation>
    </message>
    <message>
        <source>Generating</source>
        <translation>Generating</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Downloading</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Submission uncertain</source>
        <translation>Submission uncertain</translation>
    </message>
    <message>
        <source>Not tracked</source>
        <translation>Not tracked</translation>
    </message>
</context>
<context>
    <name>JobTableModel</name>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Elapsed</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Take</source>
        <translation>Take</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Waiting for its relay</source>
        <translation>Waiting for its relay</translation>
    </message>
    <message>
        <source>%1 · retrying</source>
        <translation>%1 · retrying</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Starred</translation>
    </message>
    <message>
        <source>★ Starred</source>
        <translation>★ Starred</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Tags: %1</translation>
    </message>
    <message>
        <source>Take %1 of %2</source>
        <translation>Take %1 of %2</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 of %2 done</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 failed</translation>
    </message>
</context>
<context>
    <name>JobsView</name>
    <message>
        <source>Search jobs</source>
        <translation>Search jobs</translation>
    </message>
    <message>
        <source>Search prompt, model, #tag, ★ starred…  (Ctrl+F)</source>
        <translation>Search prompt, model, #tag, ★ starred…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show only jobs whose prompt, model, tags, task id or file contain every word. #word matches tags only; ★ keeps starred results.</source>
        <translation>Show only jobs whose prompt, model, tags, task id or file contain every word. #word matches tags only; ★ keeps starred results.</translation>
    </message>
    <message>
        <source>All jobs</source>
        <translation>All jobs</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <source>★ Starred</source>
        <translation>★ Starred</translation>
    </message>
    <message>
        <source>State filter</source>
        <translation>State filter</translation>
    </message>
    <message>
        <source>Show jobs in these states, or the starred ones</source>
        <translation>Show jobs in these states, or the starred ones</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <source>Your jobs. Right-click or the menu key for actions; Space plays the preview.</source>
        <translation>Your jobs. Right-click or the menu key for actions; Space plays the preview.</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>Your results. Move the pointer across a picture to look through the video; double-click or Enter opens it; drag it into another program.</source>
        <translation>Your results. Move the pointer across a picture to look through the video; double-click or Enter opens it; drag it into another program.</translation>
    </message>
    <message>
        <source>Job %1 was added, but the search or filter hides it.</source>
        <translation>Job %1 was added, but the search or filter hides it.</translation>
    </message>
    <message>
        <source>Show all jobs</source>
        <translation>Show all jobs</translation>
    </message>
    <message>
        <source>No job matches the search or filter.</source>
        <translation>No job matches the search or filter.</translation>
    </message>
    <message>
        <source>No jobs yet.
Type a prompt on the left and press Ctrl+Enter.
Finished videos appear here and play below.</source>
        <translation>No jobs yet.
Type a prompt on the left and press Ctrl+Enter.
Finished videos appear here and play below.</translation>
    </message>
</context>
<context>
    <name>LedgerDialog</name>
    <message>
        <source>Spending</source>
        <translation>Spending</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>All time</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Show this week's tasks or every task</source>
        <translation>Show this week's tasks or every task</translation>
    </message>
    <message>
        <source>Spending by day, model and state</source>
        <translation>Spending by day, model and state</translation>
    </message>
    <message>
        <source>An amount marked ≈ includes estimates where the relay's charge is not known; ? counts tasks with no figure at all.</source>
        <translation>An amount marked ≈ includes estimates where the relay's charge is not known; ? counts tasks with no figure at all.</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totals</translation>
    </message>
    <message>
        <source>Totals for the period shown</source>
        <translation>Totals for the period shown</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <source>Save one line per task of the period shown, for a spreadsheet</source>
        <translation>Save one line per task of the period shown, for a spreadsheet</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>≈ %1</source>
        <translation>≈ %1</translation>
    </message>
    <message>
        <source>Nothing was charged in this period.</source>
        <translation>Nothing was charged in this period.</translation>
    </message>
    <message>
        <source>Spent %1, of which %2 bought no video (failed or uncertain).</source>
        <translation>Spent %1, of which %2 bought no video (failed or uncertain).</translation>
    </message>
    <message>
        <source>Export spending</source>
        <translation>Export spending</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>DEMO (simulated relay, no cost)</source>
        <translation>DEMO (simulated relay, no cost)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation>&amp;Jobs</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Job actions</source>
        <translation>Job actions</translation>
    </message>
    <message>
        <source>&amp;Demo Mode</source>
        <translation>&amp;Demo Mode</translation>
    </message>
    <message>
        <source>Use the built-in simulated relay: no token, no cost</source>
        <translation>Use the built-in simulated relay: no token, no cost</translation>
    </message>
    <message>
        <source>Relay, token, folders, language (Ctrl+,)</source>
        <translation>Relay, token, folders, language (Ctrl+,)</translation>
    </message>
    <message>
        <source>Searc&amp;h Jobs</source>
        <translation>Searc&amp;h Jobs</translation>
    </message>
    <message>
        <source>Search the jobs (Ctrl+F)</source>
        <translation>Search the jobs (Ctrl+F)</translation>
    </message>
    <message>
        <source>Spendin&amp;g…</source>
        <translation>Spendin&amp;g…</translation>
    </message>
    <message>
        <source>What was spent, by day, model and outcome; export to CSV</source>
        <translation>What was spent, by day, model and outcome; export to CSV</translation>
    </message>
    <message>
        <source>You saved a token. Leave demo mode and use the relay now?</source>
        <translation>You saved a token. Leave demo mode and use the relay now?</translation>
    </message>
    <message>
        <source>Save the relay's token to leave demo mode.</source>
        <translation>Save the relay's token to leave demo mode.</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Library</translation>
    </message>
    <message>
        <source>Reload the relay's models</source>
        <translation>Reload the relay's models</translation>
    </message>
    <message>
        <source>Refresh Mode&amp;ls</source>
        <translation>Refresh Mode&amp;ls</translation>
    </message>
    <message>
        <source>Open &amp;Library Folder</source>
        <translation>Open &amp;Library Folder</translation>
    </message>
    <message>
        <source>Open the folder with your videos</source>
        <translation>Open the folder with your videos</translation>
    </message>
    <message>
        <source>Open the folder with the logs</source>
        <translation>Open the folder with the logs</translation>
    </message>
    <message>
        <source>Open Lo&amp;g Folder</source>
        <translation>Open Lo&amp;g Folder</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <source>Version and system information</source>
        <translation>Version and system information</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Quit; running jobs resume next time</source>
        <translation>Quit; running jobs resume next time</translation>
    </message>
    <message>
        <source>Play/Pause</source>
        <translation>Play/Pause</translation>
    </message>
    <message>
        <source>Play or pause the preview</source>
        <translation>Play or pause the preview</translation>
    </message>
    <message>
        <source>Quit?</source>
        <translation>Quit?</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) are still running on the relay. They carry on there, and the app picks them up when you open it again. Quit now?</source>
        <translation>
            <numerusform>%n job is still running on the relay. It carries on there, and the app picks it up when you open it again. Quit now?</numerusform>
            <numerusform>%n jobs are still running on the relay. They carry on there, and the app picks them up when you open it again. Quit now?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModeSwitch</name>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Table</translation>
    </message>
    <message>
        <source>Show the jobs as a table (Ctrl+1)</source>
        <translation>Show the jobs as a table (Ctrl+1)</translation>
    </message>
    <message>
        <source>&amp;Grid</source>
        <translation>&amp;Grid</translation>
    </message>
    <message>
        <source>Show the results as a grid of pictures (Ctrl+2)</source>
        <translation>Show the results as a grid of pictures (Ctrl+2)</translation>
    </message>
</context>
<context>
    <name>Options</name>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>PresetsDialog</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>Presets</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Apply</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Rename</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>Enter applies; F2 renames; Delete deletes (asked first)</source>
        <translation>Enter applies; F2 renames; Delete deletes (asked first)</translation>
    </message>
    <message>
        <source>Apply preset</source>
        <translation>Apply preset</translation>
    </message>
    <message>
        <source>Fill the compose panel</source>
        <translation>Fill the compose panel</translation>
    </message>
    <message>
        <source>Rename preset</source>
        <translation>Rename preset</translation>
    </message>
    <message>
        <source>Edit the name (F2)</source>
        <translation>Edit the name (F2)</translation>
    </message>
    <message>
        <source>Delete preset</source>
        <translation>Delete preset</translation>
    </message>
    <message>
        <source>Asks first</source>
        <translation>Asks first</translation>
    </message>
    <message>
        <source>No presets yet: save one from the compose panel's Presets menu.</source>
        <translation>No presets yet: save one from the compose panel's Presets menu.</translation>
    </message>
    <message>
        <source>“%1” is in use; the name stays “%2”.</source>
        <translation>“%1” is in use; the name stays “%2”.</translation>
    </message>
    <message>
        <source>A preset needs a name.</source>
        <translation>A preset needs a name.</translation>
    </message>
    <message>
        <source>Renamed to “%1”.</source>
        <translation>Renamed to “%1”.</translation>
    </message>
    <message>
        <source>Delete Preset</source>
        <translation>Delete Preset</translation>
    </message>
    <message>
        <source>Delete the preset “%1”?</source>
        <translation>Delete the preset “%1”?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>Deleted “%1”.</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>Select a finished job to preview it.</source>
        <translation>Select a finished job to preview it.</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>Loop</translation>
    </message>
    <message>
        <source>Play or pause</source>
        <translation>Play or pause</translation>
    </message>
    <message>
        <source>Play/pause (Space)</source>
        <translation>Play/pause (Space)</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Seek in the video</source>
        <translation>Seek in the video</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Current position / length</source>
        <translation>Current position / length</translation>
    </message>
    <message>
        <source>Play the video again when it ends</source>
        <translation>Play the video again when it ends</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Mute</translation>
    </message>
    <message>
        <source>Mute the sound</source>
        <translation>Mute the sound</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Sound volume</source>
        <translation>Sound volume</translation>
    </message>
    <message>
        <source>Video preview</source>
        <translation>Video preview</translation>
    </message>
    <message>
        <source>The selected job's video</source>
        <translation>The selected job's video</translation>
    </message>
    <message>
        <source>The preview appears here when the video is ready.</source>
        <translation>The preview appears here when the video is ready.</translation>
    </message>
    <message>
        <source>The video file is missing:
%1
It may have been moved or deleted.</source>
        <translation>The video file is missing:
%1
It may have been moved or deleted.</translation>
    </message>
    <message>
        <source>This video cannot be played: %1</source>
        <translation>This video cannot be played: %1</translation>
    </message>
</context>
<context>
    <name>PromptHistoryDialog</name>
    <message>
        <source>Prompt History</source>
        <translation>Prompt History</translation>
    </message>
    <message>
        <source>Search the prompts you sent…</source>
        <translation>Search the prompts you sent…</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>Uses</translation>
    </message>
    <message>
        <source>Last sent</source>
        <translation>Last sent</translation>
    </message>
    <message>
        <source>&amp;Use Prompt</source>
        <translation>&amp;Use Prompt</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Forget</translation>
    </message>
    <message>
        <source>Search prompts</source>
        <translation>Search prompts</translation>
    </message>
    <message>
        <source>Every word must appear; Up and Down move in the list, Enter uses</source>
        <translation>Every word must appear; Up and Down move in the list, Enter uses</translation>
    </message>
    <message>
        <source>Prompts sent</source>
        <translation>Prompts sent</translation>
    </message>
    <message>
        <source>Newest first. Enter puts the prompt in the compose panel; Delete forgets it</source>
        <translation>Newest first. Enter puts the prompt in the compose panel; Delete forgets it</translation>
    </message>
    <message>
        <source>Use prompt</source>
        <translation>Use prompt</translation>
    </message>
    <message>
        <source>Replace the prompt in the compose panel (Ctrl+Z there undoes it)</source>
        <translation>Replace the prompt in the compose panel (Ctrl+Z there undoes it)</translation>
    </message>
    <message>
        <source>Forget prompt</source>
        <translation>Forget prompt</translation>
    </message>
    <message>
        <source>Remove it from this history (Delete); jobs keep their prompts</source>
        <translation>Remove it from this history (Delete); jobs keep their prompts</translation>
    </message>
    <message>
        <source>No prompt contains these words.</source>
        <translation>No prompt contains these words.</translation>
    </message>
    <message>
        <source>No prompts yet: every prompt you send is kept here.</source>
        <translation>No prompts yet: every prompt you send is kept here.</translation>
    </message>
    <message>
        <source>Forgotten: “%1”. Jobs keep their prompts.</source>
        <translation>Forgotten: “%1”. Jobs keep their prompts.</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <source>Type a prompt to generate.</source>
        <translation>Type a prompt to generate.</translation>
    </message>
    <message>
        <source>Pick or type a model.</source>
        <translation>Pick or type a model.</translation>
    </message>
    <message>
        <source>{model} is not a model the app knows, so it does not know where its relay reads images: pin it to a family in Settings, or remove the images.</source>
        <translation>{model} is not a model the app knows, so it does not know where its relay reads images: pin it to a family in Settings, or remove the images.</translation>
    </message>
    <message>
        <source>{model} is sent as typed: give the size as WxH.</source>
        <translation>{model} is sent as typed: give the size as WxH.</translation>
    </message>
    <message>
        <source>Size must look like 1280x720.</source>
        <translation>Size must look like 1280x720.</translation>
    </message>
    <message>
        <source>{family} makes videos of {allowed} seconds, not {value}.</source>
        <translation>{family} makes videos of {allowed} seconds, not {value}.</translation>
    </message>
    <message>
        <source>{family} cannot make {size}: pick {allowed}.</source>
        <translation>{family} cannot make {size}: pick {allowed}.</translation>
    </message>
    <message>
        <source>{family} offers resolution {allowed}, not {value}.</source>
        <translation>{family} offers resolution {allowed}, not {value}.</translation>
    </message>
    <message>
        <source>{family} offers ratio {allowed}, not {value}.</source>
        <translation>{family} offers ratio {allowed}, not {value}.</translation>
    </message>
    <message>
        <source>{family} has no option '{option}' (offered: {allowed}).</source>
        <translation>{family} has no option '{option}' (offered: {allowed}).</translation>
    </message>
    <message>
        <source>{family} takes images only as web links; local images cannot be sent.</source>
        <translation>{family} takes images only as web links; local images cannot be sent.</translation>
    </message>
    <message>
        <source>{family} does not read a first frame: remove it or pick another model.</source>
        <translation>{family} does not read a first frame: remove it or pick another model.</translation>
    </message>
    <message>
        <source>{family} does not read a last frame: remove it or pick another model.</source>
        <translation>{family} does not read a last frame: remove it or pick another model.</translation>
    </message>
    <message>
        <source>Give one {role} frame, not {count}.</source>
        <translation>Give one {role} frame, not {count}.</translation>
    </message>
    <message>
        <source>{family} does not read reference images: remove them or pick another model.</source>
        <translation>{family} does not read reference images: remove them or pick another model.</translation>
    </message>
    <message>
        <source>{family} reads at most {allowed} reference image(s), not {count}.</source>
        <translation>{family} reads at most {allowed} reference image(s), not {count}.</translation>
    </message>
    <message>
        <source>{family} reads a last frame only together with a first frame.</source>
        <translation>{family} reads a last frame only together with a first frame.</translation>
    </message>
    <message>
        <source>{family} cannot mix a first or last frame with reference images: use frames or references.</source>
        <translation>{family} cannot mix a first or last frame with reference images: use frames or references.</translation>
    </message>
    <message>
        <source>Unknown image role(s): {roles}.</source>
        <translation>Unknown image role(s): {roles}.</translation>
    </message>
</context>
<context>
    <name>ResultCommands</name>
    <message>
        <source>Select 2 to 4 finished results to compare them.</source>
        <translation>Select 2 to 4 finished results to compare them.</translation>
    </message>
    <message>
        <source>Job %1 has no video yet.</source>
        <translation>Job %1 has no video yet.</translation>
    </message>
    <message>
        <source>The video of job %1 is not on disk any more:
%2</source>
        <translation>The video of job %1 is not on disk any more:
%2</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n video file(s) to the clipboard.</source>
        <translation>
            <numerusform>Copied %n video file to the clipboard.</numerusform>
            <numerusform>Copied %n video files to the clipboard.</numerusform>
        </translation>
    </message>
    <message>
        <source>Play the video to pick a frame first.</source>
        <translation>Play the video to pick a frame first.</translation>
    </message>
    <message>
        <source>The frame could not be written to %1.</source>
        <translation>The frame could not be written to %1.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>This shot has not been continued yet.</source>
        <translation>This shot has not been continued yet.</translation>
    </message>
    <message>
        <source>scene %1-%2.mp4</source>
        <translation>scene %1-%2.mp4</translation>
    </message>
    <message>
        <source>Export Scene</source>
        <translation>Export Scene</translation>
    </message>
    <message>
        <source>The folder for the scene cannot be made: %1</source>
        <translation>The folder for the scene cannot be made: %1</translation>
    </message>
    <message numerus="yes">
        <source>Scene of %n shot(s) saved to %1</source>
        <translation>
            <numerusform>Scene of %n shot saved to %1</numerusform>
            <numerusform>Scene of %n shots saved to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Scene export cancelled; nothing was written.</source>
        <translation>Scene export cancelled; nothing was written.</translation>
    </message>
</context>
<context>
    <name>SavePresetDialog</name>
    <message>
        <source>Save Preset</source>
        <translation>Save Preset</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Text</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>A st&amp;yle: add the text to the prompt instead of replacing it</source>
        <translation>A st&amp;yle: add the text to the prompt instead of replacing it</translation>
    </message>
    <message>
        <source>Preset name</source>
        <translation>Preset name</translation>
    </message>
    <message>
        <source>A name in use is replaced</source>
        <translation>A name in use is replaced</translation>
    </message>
    <message>
        <source>Preset text</source>
        <translation>Preset text</translation>
    </message>
    <message>
        <source>The whole prompt, or only the part to reuse as a style</source>
        <translation>The whole prompt, or only the part to reuse as a style</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>Style</translation>
    </message>
    <message>
        <source>Applying the preset adds its text to the prompt you have</source>
        <translation>Applying the preset adds its text to the prompt you have</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Replace</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>A preset named “%1” exists: saving replaces it.</source>
        <translation>A preset named “%1” exists: saving replaces it.</translation>
    </message>
</context>
<context>
    <name>SceneExport</name>
    <message>
        <source>Joining %n shot(s)…</source>
        <translation>Joining %n shot(s)…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Export Scene</source>
        <translation>Export Scene</translation>
    </message>
    <message>
        <source>The scene could not be exported.</source>
        <translation>The scene could not be exported.</translation>
    </message>
</context>
<context>
    <name>SceneStrip</name>
    <message>
        <source>E&amp;xport Scene…</source>
        <translation>E&amp;xport Scene…</translation>
    </message>
    <message>
        <source>Export scene</source>
        <translation>Export scene</translation>
    </message>
    <message>
        <source>Join the shots of this scene into one MP4</source>
        <translation>Join the shots of this scene into one MP4</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Shot %1 of %2</source>
        <translation>Shot %1 of %2</translation>
    </message>
    <message numerus="yes">
        <source>Scene: %n shot(s)</source>
        <translation>
            <numerusform>Scene: %n shot</numerusform>
            <numerusform>Scene: %n shots</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>No token is saved for %1. Paste it in Settings (Ctrl+,).</source>
        <translation>No token is saved for %1. Paste it in Settings (Ctrl+,).</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Checking %1…</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Connected to %1</translation>
    </message>
    <message numerus="yes">
        <source>%n video model(s)</source>
        <translation>
            <numerusform>%n video model</numerusform>
            <numerusform>%n video models</numerusform>
        </translation>
    </message>
    <message>
        <source>the demo relay</source>
        <translation>the demo relay</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Model id</source>
        <translation>Model id</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Family</translation>
    </message>
    <message>
        <source>Add pin</source>
        <translation>Add pin</translation>
    </message>
    <message>
        <source>Remove pin</source>
        <translation>Remove pin</translation>
    </message>
    <message>
        <source>Add or change model families in %1.</source>
        <translation>Add or change model families in %1.</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Base URL</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Library folder</source>
        <translation>Library folder</translation>
    </message>
    <message>
        <source>First poll after</source>
        <translation>First poll after</translation>
    </message>
    <message>
        <source>Then poll every</source>
        <translation>Then poll every</translation>
    </message>
    <message>
        <source>Parallel submissions</source>
        <translation>Parallel submissions</translation>
    </message>
    <message>
        <source>Parallel downloads</source>
        <translation>Parallel downloads</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>HTTP proxy</source>
        <translation>HTTP proxy</translation>
    </message>
    <message>
        <source>Model families</source>
        <translation>Model families</translation>
    </message>
    <message>
        <source>The relay's API address, e.g. https://www.yuzhixiaolongxia.com/v1</source>
        <translation>The relay's API address, e.g. https://www.yuzhixiaolongxia.com/v1</translation>
    </message>
    <message>
        <source>YZX_API_BASE is set in the environment and wins over this setting; unset it to change the Base URL here.</source>
        <translation>YZX_API_BASE is set in the environment and wins over this setting; unset it to change the Base URL here.</translation>
    </message>
    <message>
        <source>Demo mode uses the built-in simulated relay; this is the real one.</source>
        <translation>Demo mode uses the built-in simulated relay; this is the real one.</translation>
    </message>
    <message>
        <source>Test co&amp;nnection</source>
        <translation>Test co&amp;nnection</translation>
    </message>
    <message>
        <source>&amp;Base URL</source>
        <translation>&amp;Base URL</translation>
    </message>
    <message>
        <source>&amp;Token</source>
        <translation>&amp;Token</translation>
    </message>
    <message>
        <source>&amp;Library folder</source>
        <translation>&amp;Library folder</translation>
    </message>
    <message>
        <source>&amp;File name</source>
        <translation>&amp;File name</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>Lan&amp;guage</translation>
    </message>
    <message>
        <source>&amp;Model families</source>
        <translation>&amp;Model families</translation>
    </message>
    <message>
        <source>per task</source>
        <translation>per task</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>per day</translation>
    </message>
    <message>
        <source>Ask before spending &amp;over</source>
        <translation>Ask before spending &amp;over</translation>
    </message>
    <message>
        <source>Your &amp;prices (USD per task)</source>
        <translation>Your &amp;prices (USD per task)</translation>
    </message>
    <message>
        <source>HTTP pro&amp;xy</source>
        <translation>HTTP pro&amp;xy</translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation>&amp;Advanced</translation>
    </message>
    <message>
        <source>Leave empty to keep the saved token</source>
        <translation>Leave empty to keep the saved token</translation>
    </message>
    <message>
        <source>Ask the relay for its model list</source>
        <translation>Ask the relay for its model list</translation>
    </message>
    <message>
        <source>Where finished videos are saved</source>
        <translation>Where finished videos are saved</translation>
    </message>
    <message>
        <source>Browse</source>
        <translation>Browse</translation>
    </message>
    <message>
        <source>Choose the library folder</source>
        <translation>Choose the library folder</translation>
    </message>
    <message>
        <source>File name template</source>
        <translation>File name template</translation>
    </message>
    <message>
        <source>Placeholders: %1</source>
        <translation>Placeholders: %1</translation>
    </message>
    <message>
        <source>First poll, minimum</source>
        <translation>First poll, minimum</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Seconds</translation>
    </message>
    <message>
        <source>First poll, maximum</source>
        <translation>First poll, maximum</translation>
    </message>
    <message>
        <source>Poll interval, minimum</source>
        <translation>Poll interval, minimum</translation>
    </message>
    <message>
        <source>Polling faster than 8 s is useless: relays refresh about every 15 s</source>
        <translation>Polling faster than 8 s is useless: relays refresh about every 15 s</translation>
    </message>
    <message>
        <source>Poll interval, maximum</source>
        <translation>Poll interval, maximum</translation>
    </message>
    <message>
        <source>How many create requests may be on their way at once</source>
        <translation>How many create requests may be on their way at once</translation>
    </message>
    <message>
        <source>How many videos may download at once</source>
        <translation>How many videos may download at once</translation>
    </message>
    <message>
        <source>Takes effect at the next start</source>
        <translation>Takes effect at the next start</translation>
    </message>
    <message>
        <source>Empty: use the system's proxy settings</source>
        <translation>Empty: use the system's proxy settings</translation>
    </message>
    <message>
        <source>Pin a renamed model to the family whose fields its relay reads, e.g. my-video-pro → Seedance</source>
        <translation>Pin a renamed model to the family whose fields its relay reads, e.g. my-video-pro → Seedance</translation>
    </message>
    <message>
        <source>Pin one more model id to a family</source>
        <translation>Pin one more model id to a family</translation>
    </message>
    <message>
        <source>Limit per task</source>
        <translation>Limit per task</translation>
    </message>
    <message>
        <source>Above this estimate the app asks before sending (0: no limit)</source>
        <translation>Above this estimate the app asks before sending (0: no limit)</translation>
    </message>
    <message>
        <source>Limit per day</source>
        <translation>Limit per day</translation>
    </message>
    <message>
        <source>Past this much today the app asks before sending (0: no limit)</source>
        <translation>Past this much today the app asks before sending (0: no limit)</translation>
    </message>
    <message>
        <source>Your prices</source>
        <translation>Your prices</translation>
    </message>
    <message>
        <source>For relays that publish no prices: model = USD per task, comma separated</source>
        <translation>For relays that publish no prices: model = USD per task, comma separated</translation>
    </message>
    <message>
        <source>Remove the selected pin</source>
        <translation>Remove the selected pin</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>no limit</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>⚠ No system keyring: the token is in %1, readable only by your user.</source>
        <translation>⚠ No system keyring: the token is in %1, readable only by your user.</translation>
    </message>
    <message>
        <source>No token saved yet.</source>
        <translation>No token saved yet.</translation>
    </message>
    <message>
        <source>YZX_API_KEY is set in the environment and wins: a token typed here is saved, but used only once YZX_API_KEY is unset.</source>
        <translation>YZX_API_KEY is set in the environment and wins: a token typed here is saved, but used only once YZX_API_KEY is unset.</translation>
    </message>
    <message>
        <source>Stored in: %1</source>
        <translation>Stored in: %1</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>e.g. %1</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Testing…</translation>
    </message>
    <message>
        <source>Write prices as model = USD, separated by commas: kling-v1-6 = 0.28</source>
        <translation>Write prices as model = USD, separated by commas: kling-v1-6 = 0.28</translation>
    </message>
</context>
<context>
    <name>Spend</name>
    <message>
        <source>price unknown</source>
        <translation>price unknown</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>from %1</translation>
    </message>
    <message>
        <source>≈ %1</source>
        <translation>≈ %1</translation>
    </message>
    <message>
        <source>Generate · %1</source>
        <translation>Generate · %1</translation>
    </message>
    <message>
        <source>The relay publishes no price for this model. Set your own in Settings to see one here and to use the spending limits.</source>
        <translation>The relay publishes no price for this model. Set your own in Settings to see one here and to use the spending limits.</translation>
    </message>
    <message>
        <source>The relay's price: %1 per task.</source>
        <translation>The relay's price: %1 per task.</translation>
    </message>
    <message>
        <source>Your price from Settings: %1 per task.</source>
        <translation>Your price from Settings: %1 per task.</translation>
    </message>
    <message>
        <source>The relay's multipliers for length and size are learned from the first task.</source>
        <translation>The relay's multipliers for length and size are learned from the first task.</translation>
    </message>
    <message>
        <source>× %1, as the relay reported for this length and size.</source>
        <translation>× %1, as the relay reported for this length and size.</translation>
    </message>
    <message>
        <source>× %1, scaled from an earlier task of this model.</source>
        <translation>× %1, scaled from an earlier task of this model.</translation>
    </message>
    <message>
        <source>Charged, delivered</source>
        <translation>Charged, delivered</translation>
    </message>
    <message>
        <source>Charged, failed (not refunded)</source>
        <translation>Charged, failed (not refunded)</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Refunded</translation>
    </message>
    <message>
        <source>Uncertain (may have been charged)</source>
        <translation>Uncertain (may have been charged)</translation>
    </message>
    <message>
        <source>In progress (charged at submit)</source>
        <translation>In progress (charged at submit)</translation>
    </message>
</context>
<context>
    <name>SpendGuard</name>
    <message>
        <source>This task is estimated at %1, above your limit of %2 per task.</source>
        <translation>This task is estimated at %1, above your limit of %2 per task.</translation>
    </message>
    <message>
        <source>Today's tasks come to %3 so far; with this one (%1) that is %4, above your limit of %2 per day.</source>
        <translation>Today's tasks come to %3 so far; with this one (%1) that is %4, above your limit of %2 per day.</translation>
    </message>
    <message>
        <source>The price of this task is unknown, so the app cannot check it against your limit of %2.</source>
        <translation>The price of this task is unknown, so the app cannot check it against your limit of %2.</translation>
    </message>
    <message>
        <source>Above your spending limit</source>
        <translation>Above your spending limit</translation>
    </message>
    <message>
        <source>Send and pay</source>
        <translation>Send and pay</translation>
    </message>
    <message>
        <source>Don't send</source>
        <translation>Don't send</translation>
    </message>
    <message>
        <source>Create the task; the relay charges it.</source>
        <translation>Create the task; the relay charges it.</translation>
    </message>
    <message>
        <source>Nothing is sent and nothing is charged.</source>
        <translation>Nothing is sent and nothing is charged.</translation>
    </message>
    <message numerus="yes">
        <source>Today's tasks come to %3 so far; with these %n tasks (%1) that is %4, above your limit of %2 per day.</source>
        <translation>
            <numerusform>Today's tasks come to %3 so far; with this one (%1) that is %4, above your limit of %2 per day.</numerusform>
            <numerusform>Today's tasks come to %3 so far; with these %n tasks (%1) that is %4, above your limit of %2 per day.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The price of %n of them is unknown.</source>
        <translation>
            <numerusform>The price of %n of them is unknown.</numerusform>
            <numerusform>The price of %n of them is unknown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Create %n simulated task(s)?</source>
        <translation>
            <numerusform>Create %n simulated task?</numerusform>
            <numerusform>Create %n simulated tasks?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Create %n paid task(s)?</source>
        <translation>
            <numerusform>Create %n paid task?</numerusform>
            <numerusform>Create %n paid tasks?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Create these %n task(s).</source>
        <translation>
            <numerusform>Create this task.</numerusform>
            <numerusform>Create these %n tasks.</numerusform>
        </translation>
    </message>
    <message>
        <source>One of these tasks is estimated at %1, above your limit of %2 per task.</source>
        <translation>One of these tasks is estimated at %1, above your limit of %2 per task.</translation>
    </message>
    <message>
        <source>The price of some of these tasks is unknown, so the app cannot check them against your limit of %2.</source>
        <translation>The price of some of these tasks is unknown, so the app cannot check them against your limit of %2.</translation>
    </message>
    <message>
        <source>The price of these tasks is unknown.</source>
        <translation>The price of these tasks is unknown.</translation>
    </message>
    <message>
        <source>Estimated total: %1.</source>
        <translation>Estimated total: %1.</translation>
    </message>
    <message>
        <source>Demo mode: no real money is spent; the balance is simulated.</source>
        <translation>Demo mode: no real money is spent; the balance is simulated.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
</context>
<context>
    <name>SweepDialog</name>
    <message>
        <source>Sweep</source>
        <translation>Sweep</translation>
    </message>
    <message>
        <source>Every take is made once for each model or length you check, with the same seeds, so the results compare like with like.</source>
        <translation>Every take is made once for each model or length you check, with the same seeds, so the results compare like with like.</translation>
    </message>
    <message>
        <source>&amp;Models</source>
        <translation>&amp;Models</translation>
    </message>
    <message>
        <source>&amp;Lengths</source>
        <translation>&amp;Lengths</translation>
    </message>
    <message>
        <source>Sweep models</source>
        <translation>Sweep models</translation>
    </message>
    <message>
        <source>Vary the model</source>
        <translation>Vary the model</translation>
    </message>
    <message>
        <source>Sweep lengths</source>
        <translation>Sweep lengths</translation>
    </message>
    <message>
        <source>Vary the length</source>
        <translation>Vary the length</translation>
    </message>
    <message>
        <source>Sweep choices</source>
        <translation>Sweep choices</translation>
    </message>
    <message>
        <source>Space checks or unchecks; up to %1</source>
        <translation>Space checks or unchecks; up to %1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>no %1 s (makes %2 s)</source>
        <translation>no %1 s (makes %2 s)</translation>
    </message>
    <message>
        <source>At most %1: uncheck one first.</source>
        <translation>At most %1: uncheck one first.</translation>
    </message>
    <message>
        <source>Nothing checked: no sweep.</source>
        <translation>Nothing checked: no sweep.</translation>
    </message>
    <message>
        <source>%1 of at most %2 checked.</source>
        <translation>%1 of at most %2 checked.</translation>
    </message>
</context>
<context>
    <name>TileDelegate</name>
    <message>
        <source>Set · take %1/%2</source>
        <translation>Set · take %1/%2</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>No picture</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>TransportBar</name>
    <message>
        <source>Loop</source>
        <translation>Loop</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Grid</translation>
    </message>
    <message>
        <source>Play or pause</source>
        <translation>Play or pause</translation>
    </message>
    <message>
        <source>Play or pause all takes (Space, K)</source>
        <translation>Play or pause all takes (Space, K)</translation>
    </message>
    <message>
        <source>Previous frame</source>
        <translation>Previous frame</translation>
    </message>
    <message>
        <source>One frame back (Left); one second back: Shift+Left</source>
        <translation>One frame back (Left); one second back: Shift+Left</translation>
    </message>
    <message>
        <source>Next frame</source>
        <translation>Next frame</translation>
    </message>
    <message>
        <source>One frame forward (Right); one second forward: Shift+Right</source>
        <translation>One frame forward (Right); one second forward: Shift+Right</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Seek in all takes (Home: start, End: end)</source>
        <translation>Seek in all takes (Home: start, End: end)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Position / length of the longest take</source>
        <translation>Position / length of the longest take</translation>
    </message>
    <message>
        <source>Play again from the start at the end (L)</source>
        <translation>Play again from the start at the end (L)</translation>
    </message>
    <message>
        <source>Arrange the takes in a grid or in a row (G)</source>
        <translation>Arrange the takes in a grid or in a row (G)</translation>
    </message>
</context>
</TS>