<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>About</name>
    <message>
        <source>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;Turn a text prompt into a video on an OpenAI-compatible relay.&lt;/p&gt;&lt;p&gt;Qt %3 · PySide6 %4&lt;/p&gt;&lt;p&gt;&lt;a href="%5"&gt;Open the log folder&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;在兼容 OpenAI 接口的中转站上，把一段文字描述变成视频。&lt;/p&gt;&lt;p&gt;Qt %3 · PySide6 %4&lt;/p&gt;&lt;p&gt;&lt;a href="%5"&gt;打开日志文件夹&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>关于 %1</translation>
    </message>
</context>
<context>
    <name>BalanceLabel</name>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>The relay has not reported a balance for this token.</source>
        <translation>中转站没有提供此令牌的余额。</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>无限额度</translation>
    </message>
    <message>
        <source>Balance: %1</source>
        <translation>余额：%1</translation>
    </message>
    <message>
        <source>What the relay reports is left on this token (used so far: %1), from %2, at %3. It refreshes after each task is created and after each one ends.</source>
        <translation>中转站报告的此令牌剩余额度（已用：%1），来源 %2，时间 %3。每创建或结束一个任务后都会刷新。</translation>
    </message>
</context>
<context>
    <name>CompareTile</name>
    <message>
        <source>random seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>seed %1</source>
        <translation>种子 %1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Take %1: %2</source>
        <translation>第 %1 条：%2</translation>
    </message>
    <message>
        <source>Video of take %1</source>
        <translation>第 %1 条的视频</translation>
    </message>
    <message>
        <source>Mute take %1</source>
        <translation>第 %1 条静音</translation>
    </message>
    <message>
        <source>Mute or unmute this take (%1)</source>
        <translation>将这一条静音或取消静音 (%1)</translation>
    </message>
    <message>
        <source>Favourite take %1</source>
        <translation>收藏第 %1 条</translation>
    </message>
    <message>
        <source>Mark this take as a favourite (S: the highlighted take)</source>
        <translation>把这一条标为收藏（S：高亮的那一条）</translation>
    </message>
    <message>
        <source>Take %1</source>
        <translation>第 %1 条</translation>
    </message>
    <message>
        <source>Take %1; press %1 to mute or unmute it</source>
        <translation>第 %1 条；按 %1 静音或取消静音</translation>
    </message>
    <message>
        <source>This take cannot be played: %1</source>
        <translation>这一条无法播放：%1</translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <source>Compare %1 takes</source>
        <translation>对比 %1 条</translation>
    </message>
</context>
<context>
    <name>ComposePanel</name>
    <message>
        <source>&amp;Prompt</source>
        <translation>提示词(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>模型(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Duration</source>
        <translation>时长(&amp;D)</translation>
    </message>
    <message>
        <source>S&amp;ize</source>
        <translation>分辨率(&amp;I)</translation>
    </message>
    <message>
        <source>S&amp;eed</source>
        <translation>种子(&amp;E)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Describe the video: subject, action, camera, light, style…</source>
        <translation>描述你想要的视频：主体、动作、镜头、光线、风格……</translation>
    </message>
    <message>
        <source>&amp;Takes</source>
        <translation>条数(&amp;T)</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>历史(&amp;Y)</translation>
    </message>
    <message>
        <source>Pre&amp;sets</source>
        <translation>预设(&amp;S)</translation>
    </message>
    <message>
        <source>Prompt &amp;History…</source>
        <translation>提示词历史(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Save as Preset…</source>
        <translation>存为预设(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Manage Presets…</source>
        <translation>管理预设(&amp;M)…</translation>
    </message>
    <message>
        <source>Save the prompt and settings under a name</source>
        <translation>把提示词和设置以一个名称保存</translation>
    </message>
    <message>
        <source>Apply, rename or delete presets</source>
        <translation>应用、重命名或删除预设</translation>
    </message>
    <message>
        <source>What the video should show. Ctrl+Enter generates; Ctrl+V pastes an image; Up in an empty prompt recalls the last one.</source>
        <translation>视频要呈现的内容。Ctrl+Enter 生成；Ctrl+V 粘贴图片；提示词为空时按 ↑ 调出上一条。</translation>
    </message>
    <message>
        <source>random</source>
        <translation>随机</translation>
    </message>
    <message>
        <source>Generate  (Ctrl+Enter)</source>
        <translation>生成  (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>随机</translation>
    </message>
    <message>
        <source>The relay's video models. Type any model id the relay supports.</source>
        <translation>中转站提供的视频模型。也可以直接输入中转站支持的任意模型 ID。</translation>
    </message>
    <message>
        <source>Reload the model list from the relay (F5)</source>
        <translation>从中转站重新获取模型列表 (F5)</translation>
    </message>
    <message>
        <source>Length of the video in seconds</source>
        <translation>视频时长，单位为秒</translation>
    </message>
    <message>
        <source>Width x height in pixels: pick a preset or type e.g. 1280x720</source>
        <translation>宽 x 高（像素）：选一个预设，或输入如 1280x720</translation>
    </message>
    <message>
        <source>Same seed and prompt reproduce a result. Empty means random.</source>
        <translation>相同的种子和提示词可以复现结果。留空表示随机。</translation>
    </message>
    <message>
        <source>Roll a random seed</source>
        <translation>随机生成一个种子</translation>
    </message>
    <message>
        <source>Send one paid task to the relay</source>
        <translation>向中转站提交一个（计费的）任务</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Every prompt you sent: search it and reuse one (%1)</source>
        <translation>发送过的所有提示词：搜索并重用 (%1)</translation>
    </message>
    <message>
        <source>Refresh models</source>
        <translation>刷新模型</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>The lengths this model makes, in seconds</source>
        <translation>此模型可生成的时长（秒）</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>分辨率</translation>
    </message>
    <message>
        <source>Aspect ratio</source>
        <translation>画面比例</translation>
    </message>
    <message>
        <source>Width to height of the video</source>
        <translation>视频的宽高比</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>分辨率</translation>
    </message>
    <message>
        <source>Height of the video</source>
        <translation>视频的清晰度（高度）</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>Roll seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>Takes</source>
        <translation>条数</translation>
    </message>
    <message>
        <source>How many takes of this prompt, each with its own seed; more than one is confirmed first</source>
        <translation>这条提示词生成几条，每条使用不同的种子；多于一条时会先确认</translation>
    </message>
    <message>
        <source>Clear the sweep</source>
        <translation>清除横评</translation>
    </message>
    <message>
        <source>Make the takes with the model and length above</source>
        <translation>只用上面的模型和时长生成</translation>
    </message>
    <message>
        <source>Prompt history</source>
        <translation>提示词历史</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>预设</translation>
    </message>
    <message>
        <source>Apply a saved prompt or style with its settings, or save these</source>
        <translation>应用保存的提示词或风格及其设置，或保存当前设置</translation>
    </message>
    <message>
        <source>Do not continue a shot</source>
        <translation>不接续镜头</translation>
    </message>
    <message>
        <source>Make this a new shot instead of a continuation</source>
        <translation>作为新镜头，而不是接续上一个镜头</translation>
    </message>
    <message>
        <source>Why Generate is disabled</source>
        <translation>无法生成的原因</translation>
    </message>
    <message>
        <source>Unknown model: sent as typed (model, prompt, duration, size, seed).</source>
        <translation>未知模型：按输入原样发送（模型、提示词、时长、尺寸、种子）。</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>not supported by this model</source>
        <translation>此模型不支持</translation>
    </message>
    <message>
        <source>Sent to the relay as %1</source>
        <translation>以 %1 字段发送给中转站</translation>
    </message>
    <message>
        <source>Images: this model is unknown, so the app does not know where its relay reads them. Pin it to a family in Settings to send images.</source>
        <translation>图片：这是未知模型，应用不知道中转站从哪个字段读取图片。请在设置中把它归入一个模型系列后再发送图片。</translation>
    </message>
    <message>
        <source>%1 takes images only as web links; local images cannot be sent.</source>
        <translation>%1 只接受图片网址，无法发送本地图片。</translation>
    </message>
    <message>
        <source>%1 does not read images.</source>
        <translation>%1 不读取图片。</translation>
    </message>
    <message>
        <source>Ctrl+Enter sends one paid task.</source>
        <translation>Ctrl+Enter 发送一个付费任务。</translation>
    </message>
    <message numerus="yes">
        <source>Generate %n take(s)</source>
        <translation>
            <numerusform>生成 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ctrl+Enter asks once, then sends %n paid task(s).</source>
        <translation>
            <numerusform>Ctrl+Enter 先确认一次，再发送 %n 个付费任务。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n 个字符</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent. One task was created.</source>
        <translation>已提交，创建了一个任务。</translation>
    </message>
    <message>
        <source>Continues the shot of job %1.</source>
        <translation>接续任务 %1 的镜头。</translation>
    </message>
    <message numerus="yes">
        <source>S&amp;weep: %n model(s)…</source>
        <translation>
            <numerusform>横评：%n 个模型(&amp;W)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>S&amp;weep: %n length(s)…</source>
        <translation>
            <numerusform>横评：%n 种时长(&amp;W)…</numerusform>
        </translation>
    </message>
    <message>
        <source>S&amp;weep…</source>
        <translation>横评(&amp;W)…</translation>
    </message>
    <message>
        <source>Sweeping %1. Change or clear the sweep.</source>
        <translation>正在横评：%1。可修改或清除。</translation>
    </message>
    <message>
        <source>Make the takes with up to 4 models or lengths, to compare them</source>
        <translation>用最多 4 个模型或时长分别生成，便于横评</translation>
    </message>
    <message>
        <source>No presets yet</source>
        <translation>还没有预设</translation>
    </message>
    <message>
        <source>The relay does not list %1 any more. It is in the Model box as saved: pick another model before you generate.</source>
        <translation>中转站已不再提供 %1。模型框中保留了预设里的值：生成前请换一个模型。</translation>
    </message>
    <message>
        <source>%1 makes no %2 s videos; the length stays %3 s.</source>
        <translation>%1 不能生成 %2 秒的视频；时长保持 %3 秒。</translation>
    </message>
    <message>
        <source>%1 is not offered for this model; it stays %2.</source>
        <translation>此模型不提供 %1；保持 %2。</translation>
    </message>
    <message>
        <source>This model has no option “%1”; it was not applied.</source>
        <translation>此模型没有选项“%1”，未应用。</translation>
    </message>
    <message>
        <source>Preset “%1”</source>
        <translation>预设“%1”</translation>
    </message>
    <message>
        <source>Preset “%1” was applied, except:</source>
        <translation>已应用预设“%1”，但以下各项除外：</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>Enter the relay's Base URL.</source>
        <translation>请填写中转站的 接口地址。</translation>
    </message>
    <message>
        <source>The Base URL must start with https:// (or http://), e.g. https://www.yuzhixiaolongxia.com/v1.</source>
        <translation>接口地址 必须以 https://（或 http://）开头，例如 https://www.yuzhixiaolongxia.com/v1。</translation>
    </message>
    <message>
        <source>The Base URL has no host name.</source>
        <translation>接口地址 中没有主机名。</translation>
    </message>
    <message>
        <source>Enter the relay's token.</source>
        <translation>请填写中转站的令牌。</translation>
    </message>
    <message>
        <source>Connected, but the relay lists no video models for this token.</source>
        <translation>已连接，但这个令牌下没有可用的视频模型。</translation>
    </message>
    <message>
        <source>Connected. Video models: %1 (e.g. %2).</source>
        <translation>连接成功。视频模型 %1 个（例如 %2）。</translation>
    </message>
</context>
<context>
    <name>ConnectionLabel</name>
    <message>
        <source>DEMO</source>
        <translation>演示</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>连接状态</translation>
    </message>
</context>
<context>
    <name>CountsLabel</name>
    <message>
        <source>Active: %1 · Done: %2 · Failed: %3</source>
        <translation>进行中：%1 · 已完成：%2 · 失败：%3</translation>
    </message>
    <message>
        <source>Uncertain: %1</source>
        <translation>不确定：%1</translation>
    </message>
    <message>
        <source>Job counts</source>
        <translation>任务统计</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Submit again?</source>
        <translation>再次提交？</translation>
    </message>
    <message>
        <source>Job %1 may already have been charged by the relay. Submitting again creates a new task, which the relay charges again.</source>
        <translation>任务 %1 可能已经被中转站扣费。再次提交会创建一个新任务，中转站会再次扣费。</translation>
    </message>
    <message>
        <source>Submit and pay again</source>
        <translation>提交并再次付费</translation>
    </message>
    <message>
        <source>Enter Task Id</source>
        <translation>填写任务 ID</translation>
    </message>
    <message>
        <source>If the relay's dashboard shows this task, paste its id. The app then tracks it without creating a new one.</source>
        <translation>如果中转站后台能看到这个任务，请粘贴它的 ID。应用会直接跟踪它，不会新建任务。</translation>
    </message>
    <message>
        <source>Remove from list</source>
        <translation>从列表移除</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n job(s) from the list?</source>
        <translation>
            <numerusform>从列表中移除 %n 个任务？</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove, keep files</source>
        <translation>移除，保留文件</translation>
    </message>
    <message>
        <source>Remove and delete files</source>
        <translation>移除并删除文件</translation>
    </message>
    <message>
        <source>Save Video As</source>
        <translation>视频另存为</translation>
    </message>
    <message>
        <source>MP4 video (*.mp4)</source>
        <translation>MP4 视频 (*.mp4)</translation>
    </message>
    <message>
        <source>Export Frame</source>
        <translation>导出画面</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message numerus="yes">
        <source>Tags for %n result(s), separated by commas or spaces:</source>
        <translation>
            <numerusform>%n 个结果的标签，用逗号或空格分隔：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Explain</name>
    <message>
        <source>The relay refused the token. Check it in Settings, and that it belongs to the relay's video group and has quota.</source>
        <translation>中转站拒绝了令牌。请在“设置”中检查令牌，并确认它属于“视频”分组且额度充足。</translation>
    </message>
    <message>
        <source>The relay does not know this model. Refresh the model list and pick one of its video models.</source>
        <translation>中转站不认识这个模型。请刷新模型列表，从中选择一个视频模型。</translation>
    </message>
    <message>
        <source>The prompt was refused by content moderation. Rewrite it and try again.</source>
        <translation>提示词未通过内容审核。请修改后重试。</translation>
    </message>
    <message>
        <source>The relay refused the request. Check the duration and size for this model.</source>
        <translation>中转站拒绝了请求。请检查该模型支持的时长和分辨率。</translation>
    </message>
    <message>
        <source>The relay has no such address. Check the Base URL in Settings; it usually ends in /v1.</source>
        <translation>中转站没有这个地址。请检查设置中的 接口地址，它通常以 /v1 结尾。</translation>
    </message>
    <message>
        <source>The relay asks us to slow down. The app waits and retries by itself.</source>
        <translation>中转站要求降低请求频率，应用会自动等待并重试。</translation>
    </message>
    <message>
        <source>The relay is having trouble. The app retries by itself.</source>
        <translation>中转站暂时出现故障，应用会自动重试。</translation>
    </message>
    <message>
        <source>The connection to %1 broke. The app keeps trying; check the network or proxy if it goes on.</source>
        <translation>与 %1 的连接中断。应用会继续重试；如果一直如此，请检查网络或代理。</translation>
    </message>
    <message>
        <source>The host name %1 could not be found. Check the Base URL for a typo, and the network.</source>
        <translation>找不到主机名 %1。请检查 接口地址 是否拼写错误，以及网络。</translation>
    </message>
    <message>
        <source>%1 refused the connection: nothing answers at that address and port. Check the Base URL.</source>
        <translation>%1 拒绝了连接：该地址和端口上没有服务。请检查 接口地址。</translation>
    </message>
    <message>
        <source>%1 did not answer in time. The app keeps trying; check the network or proxy.</source>
        <translation>%1 没有及时响应。应用会继续重试；请检查网络或代理。</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed. Check the Base URL (https) and the proxy.</source>
        <translation>与 %1 的安全连接失败。请检查 接口地址（https）和代理。</translation>
    </message>
    <message>
        <source>The relay sent an unexpected answer. The app keeps trying.</source>
        <translation>中转站返回了意外的内容，应用会继续尝试。</translation>
    </message>
    <message>
        <source>The relay no longer knows this task. Its record is kept here.</source>
        <translation>中转站已查不到这个任务，本地记录仍然保留。</translation>
    </message>
    <message>
        <source>It is not known whether the relay received this request, so the app did not resend it: you are never charged twice. If the relay's dashboard shows the task, enter its id; otherwise submit again.</source>
        <translation>无法确定中转站是否收到了这个请求，因此应用没有自动重发，你不会被重复扣费。如果中转站后台能看到这个任务，请填入它的 ID；否则可以重新提交。</translation>
    </message>
    <message>
        <source>You stopped tracking this job. The relay may still finish it; choose “Track again” to fetch the result.</source>
        <translation>你已停止跟踪这个任务。中转站可能仍会完成它；选择“重新跟踪”即可取回结果。</translation>
    </message>
    <message>
        <source>The video is ready on the relay but could not be downloaded yet. Choose “Track again” to retry; links expire after a few hours.</source>
        <translation>视频已在中转站生成，但暂时没能下载。选择“重新跟踪”重试；下载链接几小时后会失效。</translation>
    </message>
    <message>
        <source>The video could not be written to disk. Free some space or choose another library folder in Settings.</source>
        <translation>视频无法写入磁盘。请清理空间，或在“设置”中换一个视频库文件夹。</translation>
    </message>
    <message>
        <source>The app checked the request before sending and could not send it as asked; nothing was sent or charged.</source>
        <translation>应用在发送前检查了请求，无法按要求发送；没有发送，也没有扣费。</translation>
    </message>
    <message>
        <source>An internal error stopped this job. It is kept; try it again.</source>
        <translation>内部错误中断了这个任务。任务已保留，请重试。</translation>
    </message>
    <message>
        <source>The relay reported the task as failed.</source>
        <translation>中转站报告任务失败。</translation>
    </message>
    <message>
        <source>The relay said: %1</source>
        <translation>中转站返回：%1</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to %1</source>
        <translation>欢迎使用 %1</translation>
    </message>
    <message>
        <source>Connect your relay to generate videos. The token is the one from the relay's token page (令牌), in the “video” group. Or try the demo: a built-in simulated relay, no token, no cost.</source>
        <translation>连接你的中转站即可生成视频。令牌来自中转站的“令牌”页面，需属于“视频”分组。也可以先试用演示模式：内置的模拟中转站，无需令牌，不产生费用。</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>连接测试结果</translation>
    </message>
    <message>
        <source>The token will be kept in the system keyring.</source>
        <translation>令牌将保存在系统钥匙串中。</translation>
    </message>
    <message>
        <source>No system keyring was found: the token will be kept in a file only your user can read, in the app's settings folder.</source>
        <translation>没有找到系统钥匙串：令牌将保存在应用设置文件夹中的一个文件里，只有你的用户可以读取。</translation>
    </message>
    <message>
        <source>Test co&amp;nnection</source>
        <translation>测试连接(&amp;N)</translation>
    </message>
    <message>
        <source>Try &amp;demo</source>
        <translation>试用演示(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Save and start</source>
        <translation>保存并开始(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Base URL</source>
        <translation>接口地址(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Token</source>
        <translation>令牌(&amp;T)</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>接口地址</translation>
    </message>
    <message>
        <source>The relay's API address, ending in /v1</source>
        <translation>中转站的 API 地址，以 /v1 结尾</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>令牌</translation>
    </message>
    <message>
        <source>Your relay token (kept secret)</source>
        <translation>你的中转站令牌（会保密存放）</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Ask the relay for its model list</source>
        <translation>向中转站请求模型列表</translation>
    </message>
    <message>
        <source>Try demo</source>
        <translation>试用演示</translation>
    </message>
    <message>
        <source>Use the built-in simulated relay</source>
        <translation>使用内置的模拟中转站</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Close the app without connecting (Esc); nothing is saved</source>
        <translation>不连接直接关闭应用 (Esc)；不保存任何内容</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>正在测试……</translation>
    </message>
    <message>
        <source>Enter the relay's token, or choose “Try demo”.</source>
        <translation>请填写中转站令牌，或选择“试用演示”。</translation>
    </message>
</context>
<context>
    <name>ImageSlot</name>
    <message>
        <source>First frame</source>
        <translation>首帧</translation>
    </message>
    <message>
        <source>Last frame</source>
        <translation>尾帧</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>参考图</translation>
    </message>
    <message>
        <source>%1 (not read by this model)</source>
        <translation>%1（此模型不读取）</translation>
    </message>
    <message>
        <source>Drop an image here, paste one (Ctrl+V), or click to choose a file.</source>
        <translation>把图片拖到这里、粘贴（Ctrl+V），或点击选择文件。</translation>
    </message>
    <message>
        <source>Remove image</source>
        <translation>移除图片</translation>
    </message>
    <message>
        <source>Remove this image (Delete)</source>
        <translation>移除这张图片（Delete）</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>图片 （%1）</translation>
    </message>
    <message>
        <source>+ image</source>
        <translation>+ 图片</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>空</translation>
    </message>
</context>
<context>
    <name>JobActions</name>
    <message>
        <source>Play the selected video</source>
        <translation>播放选中的视频</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>预览(&amp;V)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Save a copy of the video</source>
        <translation>把视频另存一份</translation>
    </message>
    <message>
        <source>Show in F&amp;older</source>
        <translation>在文件夹中显示(&amp;O)</translation>
    </message>
    <message>
        <source>Open the folder with the video</source>
        <translation>打开视频所在的文件夹</translation>
    </message>
    <message>
        <source>&amp;Copy Prompt</source>
        <translation>复制提示词(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the prompt text</source>
        <translation>复制提示词文本</translation>
    </message>
    <message>
        <source>Copy Task I&amp;d</source>
        <translation>复制任务 ID(&amp;D)</translation>
    </message>
    <message>
        <source>Copy the relay's task id</source>
        <translation>复制中转站的任务 ID</translation>
    </message>
    <message>
        <source>&amp;Reuse Settings</source>
        <translation>复用参数(&amp;R)</translation>
    </message>
    <message>
        <source>Fill the compose panel with this job's settings</source>
        <translation>把这个任务的参数填回左侧面板</translation>
    </message>
    <message>
        <source>Co&amp;ntinue This Shot</source>
        <translation>接续此镜头(&amp;N)</translation>
    </message>
    <message>
        <source>A new shot that starts from this video's last frame</source>
        <translation>以此视频的最后一帧为首帧，生成下一个镜头</translation>
    </message>
    <message>
        <source>&amp;Use Frame as First Frame</source>
        <translation>用当前帧作首帧(&amp;U)</translation>
    </message>
    <message>
        <source>Put the preview's current frame into the first-frame slot</source>
        <translation>把预览中的当前画面放入首帧位置</translation>
    </message>
    <message>
        <source>Su&amp;bmit Again…</source>
        <translation>再次提交(&amp;B)…</translation>
    </message>
    <message>
        <source>Create a new task with the same settings</source>
        <translation>用相同参数创建一个新任务</translation>
    </message>
    <message>
        <source>Stop Trac&amp;king</source>
        <translation>停止跟踪(&amp;K)</translation>
    </message>
    <message>
        <source>Detail&amp;s…</source>
        <translation>详情(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Favourite ★</source>
        <translation>收藏 ★(&amp;F)</translation>
    </message>
    <message>
        <source>Star the result (Ctrl+D)</source>
        <translation>收藏这个结果 (Ctrl+D)</translation>
    </message>
    <message>
        <source>Ta&amp;gs…</source>
        <translation>标签(&amp;G)…</translation>
    </message>
    <message>
        <source>Free tags to find results by (Ctrl+T)</source>
        <translation>自由标签，便于查找结果 (Ctrl+T)</translation>
    </message>
    <message>
        <source>Copy Fi&amp;le</source>
        <translation>复制文件(&amp;L)</translation>
    </message>
    <message>
        <source>Copy the video file, to paste into a folder or an editor (Ctrl+C)</source>
        <translation>复制视频文件，可粘贴到文件夹或剪辑软件 (Ctrl+C)</translation>
    </message>
    <message>
        <source>E&amp;xport Frame as PNG…</source>
        <translation>导出画面为 PNG(&amp;X)…</translation>
    </message>
    <message>
        <source>Save the frame shown in the preview as a PNG (Ctrl+Shift+E)</source>
        <translation>把预览中显示的画面保存为 PNG (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Com&amp;pare Takes…</source>
        <translation>对比多条(&amp;P)…</translation>
    </message>
    <message>
        <source>Play 2 to 4 selected results side by side, in sync (Ctrl+K)</source>
        <translation>并排同步播放选中的 2 到 4 个结果 (Ctrl+K)</translation>
    </message>
    <message>
        <source>Export Sc&amp;ene…</source>
        <translation>导出场景(&amp;E)…</translation>
    </message>
    <message>
        <source>Join this chain of continued shots into one MP4</source>
        <translation>把这串续接的镜头合成一个 MP4</translation>
    </message>
    <message>
        <source>Stop polling this job; the relay may still finish it</source>
        <translation>不再查询这个任务；中转站仍可能完成它</translation>
    </message>
    <message>
        <source>&amp;Track Again</source>
        <translation>重新跟踪(&amp;T)</translation>
    </message>
    <message>
        <source>Resume polling or downloading (no new task)</source>
        <translation>继续查询或下载（不会新建任务）</translation>
    </message>
    <message>
        <source>Enter Task &amp;Id…</source>
        <translation>填写任务 ID(&amp;I)…</translation>
    </message>
    <message>
        <source>Attach the task id shown on the relay's dashboard</source>
        <translation>填入中转站后台显示的任务 ID</translation>
    </message>
    <message>
        <source>Re&amp;move from List…</source>
        <translation>从列表移除(&amp;M)…</translation>
    </message>
    <message>
        <source>Remove the job from the list (the file is kept unless you ask)</source>
        <translation>从列表中移除任务（除非你要求，否则保留文件）</translation>
    </message>
    <message>
        <source>Parameters, times, failure text and raw response</source>
        <translation>参数、时间、失败原因和原始响应</translation>
    </message>
</context>
<context>
    <name>JobCommands</name>
    <message>
        <source>Set the relay's token in Settings first, or try the demo (File → Demo mode).</source>
        <translation>请先在设置中填写中转站令牌，或试用演示模式（文件 → 演示模式）。</translation>
    </message>
    <message>
        <source>Job %1 sent to the relay.</source>
        <translation>任务 %1 已提交到中转站。</translation>
    </message>
    <message numerus="yes">
        <source>%n take(s) sent to the relay.</source>
        <translation>
            <numerusform>已向中转站发送 %n 条。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n take(s)</source>
        <translation>
            <numerusform>%n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n model(s)</source>
        <translation>
            <numerusform>%n 个模型</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n length(s)</source>
        <translation>
            <numerusform>%n 种时长</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message numerus="yes">
        <source>%n take(s) of one prompt, each with its own seed.</source>
        <translation>
            <numerusform>同一提示词 %n 条，每条使用不同的种子。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n take(s) of one prompt. This model takes no seed: the relay varies them.</source>
        <translation>
            <numerusform>同一提示词 %n 条。此模型不接受种子，由中转站自行变化。</numerusform>
        </translation>
    </message>
    <message>
        <source>: </source>
        <comment>the colon before a list</comment>
        <translation>：</translation>
    </message>
    <message>
        <source>%1 each</source>
        <translation>每条 %1</translation>
    </message>
    <message>
        <source>Not sent to %1 (options of another model): %2</source>
        <translation>未发送给 %1（属于其他模型的选项）：%2</translation>
    </message>
    <message>
        <source>Reading the last frame…</source>
        <translation>正在读取最后一帧…</translation>
    </message>
    <message>
        <source>The last frame could not be read: %1</source>
        <translation>无法读取最后一帧：%1</translation>
    </message>
    <message>
        <source>Job %1's last frame is the first frame of the next shot.</source>
        <translation>任务 %1 的最后一帧已作为下一个镜头的首帧。</translation>
    </message>
    <message>
        <source>Play the video to pick a frame first.</source>
        <translation>请先播放视频再选取画面。</translation>
    </message>
    <message>
        <source>This model does not read a first frame.</source>
        <translation>此模型不读取首帧。</translation>
    </message>
    <message>
        <source>The relay does not know a task “%1”. Check the id and try again.</source>
        <translation>中转站没有任务“%1”。请检查 ID 后重试。</translation>
    </message>
    <message>
        <source>The copy failed: %1</source>
        <translation>复制失败：%1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
</context>
<context>
    <name>JobDetailsDialog</name>
    <message>
        <source>Job %1</source>
        <translation>任务 %1</translation>
    </message>
    <message>
        <source>Job details</source>
        <translation>任务详情</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>（已移除）</translation>
    </message>
    <message>
        <source>unknown model: sent as typed</source>
        <translation>未知模型：按输入原样发送</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>分辨率</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>Task id</source>
        <translation>任务 ID</translation>
    </message>
    <message>
        <source>Relay</source>
        <translation>中转站</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Take</source>
        <translation>条次</translation>
    </message>
    <message>
        <source>%1 of a set</source>
        <translation>一组中的第 %1 条</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>素材库</translation>
    </message>
    <message>
        <source>Continues</source>
        <translation>接续自</translation>
    </message>
    <message>
        <source>Continued by</source>
        <translation>被接续于</translation>
    </message>
    <message>
        <source>Images sent</source>
        <translation>已发送的图片</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>发生了什么</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Request as sent</source>
        <translation>实际发送的请求</translation>
    </message>
    <message>
        <source>Last response from the relay</source>
        <translation>中转站最近一次的响应</translation>
    </message>
    <message>
        <source>estimated %1 · charged %2</source>
        <translation>估价 %1 · 实扣 %2</translation>
    </message>
    <message>
        <source>First frame</source>
        <translation>首帧</translation>
    </message>
    <message>
        <source>Last frame</source>
        <translation>尾帧</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>参考图</translation>
    </message>
</context>
<context>
    <name>JobState</name>
    <message>
        <source>Waiting to send</source>
        <translation>等待提交</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>提交中</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>Generating</source>
        <translation>生成中</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>下载中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Submission uncertain</source>
        <translation>提交状态不确定</translation>
    </message>
    <message>
        <source>Not tracked</source>
        <translation>未跟踪</translation>
    </message>
</context>
<context>
    <name>JobTableModel</name>
    <message>
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>分辨率</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Take</source>
        <translation>条次</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Waiting for its relay</source>
        <translation>等待其中转站</translation>
    </message>
    <message>
        <source>%1 · retrying</source>
        <translation>%1 · 重试中</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>已收藏</translation>
    </message>
    <message>
        <source>★ Starred</source>
        <translation>★ 已收藏</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>标签：%1</translation>
    </message>
    <message>
        <source>Take %1 of %2</source>
        <translation>第 %1 条，共 %2 条</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%2 条中 %1 条已完成</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 条失败</translation>
    </message>
</context>
<context>
    <name>JobsView</name>
    <message>
        <source>Search jobs</source>
        <translation>搜索任务</translation>
    </message>
    <message>
        <source>Search prompt, model, #tag, ★ starred…  (Ctrl+F)</source>
        <translation>搜索提示词、模型、#标签、★ 收藏…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show only jobs whose prompt, model, tags, task id or file contain every word. #word matches tags only; ★ keeps starred results.</source>
        <translation>只显示提示词、模型、标签、任务 ID 或文件包含每个词的任务。#词 只匹配标签；★ 只保留已收藏的结果。</translation>
    </message>
    <message>
        <source>All jobs</source>
        <translation>全部任务</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>需要处理</translation>
    </message>
    <message>
        <source>★ Starred</source>
        <translation>★ 已收藏</translation>
    </message>
    <message>
        <source>State filter</source>
        <translation>状态筛选</translation>
    </message>
    <message>
        <source>Show jobs in these states, or the starred ones</source>
        <translation>按状态筛选任务，或只看已收藏的</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Your jobs. Right-click or the menu key for actions; Space plays the preview.</source>
        <translation>你的任务。右键或菜单键打开操作；空格键播放预览。</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Your results. Move the pointer across a picture to look through the video; double-click or Enter opens it; drag it into another program.</source>
        <translation>你的结果。鼠标在画面上横向移动可浏览视频；双击或按 Enter 打开；可拖到其他程序中。</translation>
    </message>
    <message>
        <source>Job %1 was added, but the search or filter hides it.</source>
        <translation>任务 %1 已添加，但被搜索或筛选条件隐藏了。</translation>
    </message>
    <message>
        <source>Show all jobs</source>
        <translation>显示全部任务</translation>
    </message>
    <message>
        <source>No job matches the search or filter.</source>
        <translation>没有符合搜索或筛选条件的任务。</translation>
    </message>
    <message>
        <source>No jobs yet.
Type a prompt on the left and press Ctrl+Enter.
Finished videos appear here and play below.</source>
        <translation>还没有任务。
在左侧输入提示词，按 Ctrl+Enter。
完成的视频会出现在这里，并在下方播放。</translation>
    </message>
</context>
<context>
    <name>LedgerDialog</name>
    <message>
        <source>Spending</source>
        <translation>消费</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务数</translation>
    </message>
    <message>
        <source>USD</source>
        <translation>美元</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时间范围</translation>
    </message>
    <message>
        <source>Show this week's tasks or every task</source>
        <translation>显示本周的任务或全部任务</translation>
    </message>
    <message>
        <source>Spending by day, model and state</source>
        <translation>按日期、模型和状态统计的消费</translation>
    </message>
    <message>
        <source>An amount marked ≈ includes estimates where the relay's charge is not known; ? counts tasks with no figure at all.</source>
        <translation>标有 ≈ 的金额包含估算值（中转站的实际扣费未知）；? 表示完全没有金额的任务数。</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Totals for the period shown</source>
        <translation>所示时间范围的合计</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <source>Save one line per task of the period shown, for a spreadsheet</source>
        <translation>把所示时间范围内的每个任务存为一行，便于用表格软件打开</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>时间范围：</translation>
    </message>
    <message>
        <source>≈ %1</source>
        <translation>≈ %1</translation>
    </message>
    <message>
        <source>Nothing was charged in this period.</source>
        <translation>此时间范围内没有扣费。</translation>
    </message>
    <message>
        <source>Spent %1, of which %2 bought no video (failed or uncertain).</source>
        <translation>共消费 %1，其中 %2 没有得到视频（失败或不确定）。</translation>
    </message>
    <message>
        <source>Export spending</source>
        <translation>导出消费记录</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>DEMO (simulated relay, no cost)</source>
        <translation>演示模式（模拟中转站，不产生费用）</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation>任务(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Job actions</source>
        <translation>任务操作</translation>
    </message>
    <message>
        <source>&amp;Demo Mode</source>
        <translation>演示模式(&amp;D)</translation>
    </message>
    <message>
        <source>Use the built-in simulated relay: no token, no cost</source>
        <translation>使用内置的模拟中转站：无需令牌，不产生费用</translation>
    </message>
    <message>
        <source>Relay, token, folders, language (Ctrl+,)</source>
        <translation>中转站、令牌、文件夹、语言（Ctrl+,）</translation>
    </message>
    <message>
        <source>Searc&amp;h Jobs</source>
        <translation>搜索任务(&amp;H)</translation>
    </message>
    <message>
        <source>Search the jobs (Ctrl+F)</source>
        <translation>搜索任务（Ctrl+F）</translation>
    </message>
    <message>
        <source>Spendin&amp;g…</source>
        <translation>消费记录(&amp;G)…</translation>
    </message>
    <message>
        <source>What was spent, by day, model and outcome; export to CSV</source>
        <translation>按日期、模型和结果查看消费；可导出为 CSV</translation>
    </message>
    <message>
        <source>You saved a token. Leave demo mode and use the relay now?</source>
        <translation>你保存了令牌。现在退出演示模式并使用中转站吗？</translation>
    </message>
    <message>
        <source>Save the relay's token to leave demo mode.</source>
        <translation>保存中转站令牌后才能退出演示模式。</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>素材库(&amp;L)</translation>
    </message>
    <message>
        <source>Reload the relay's models</source>
        <translation>重新获取中转站的模型</translation>
    </message>
    <message>
        <source>Refresh Mode&amp;ls</source>
        <translation>刷新模型(&amp;L)</translation>
    </message>
    <message>
        <source>Open &amp;Library Folder</source>
        <translation>打开视频库文件夹(&amp;L)</translation>
    </message>
    <message>
        <source>Open the folder with your videos</source>
        <translation>打开存放视频的文件夹</translation>
    </message>
    <message>
        <source>Open the folder with the logs</source>
        <translation>打开存放日志的文件夹</translation>
    </message>
    <message>
        <source>Open Lo&amp;g Folder</source>
        <translation>打开日志文件夹(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <source>Version and system information</source>
        <translation>版本和系统信息</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Quit; running jobs resume next time</source>
        <translation>退出；进行中的任务下次启动时继续</translation>
    </message>
    <message>
        <source>Play/Pause</source>
        <translation>播放/暂停</translation>
    </message>
    <message>
        <source>Play or pause the preview</source>
        <translation>播放或暂停预览</translation>
    </message>
    <message>
        <source>Quit?</source>
        <translation>退出？</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) are still running on the relay. They carry on there, and the app picks them up when you open it again. Quit now?</source>
        <translation>
            <numerusform>还有 %n 个任务正在中转站上进行。它们会在那里继续，下次打开应用时会自动接着处理。现在退出吗？</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModeSwitch</name>
    <message>
        <source>&amp;Table</source>
        <translation>表格(&amp;T)</translation>
    </message>
    <message>
        <source>Show the jobs as a table (Ctrl+1)</source>
        <translation>以表格显示任务 (Ctrl+1)</translation>
    </message>
    <message>
        <source>&amp;Grid</source>
        <translation>网格(&amp;G)</translation>
    </message>
    <message>
        <source>Show the results as a grid of pictures (Ctrl+2)</source>
        <translation>以画面网格显示结果 (Ctrl+2)</translation>
    </message>
</context>
<context>
    <name>Options</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>PresetsDialog</name>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>预设</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>重命名(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Enter applies; F2 renames; Delete deletes (asked first)</source>
        <translation>Enter 应用；F2 重命名；Delete 删除（会先询问）</translation>
    </message>
    <message>
        <source>Apply preset</source>
        <translation>应用预设</translation>
    </message>
    <message>
        <source>Fill the compose panel</source>
        <translation>填入创作面板</translation>
    </message>
    <message>
        <source>Rename preset</source>
        <translation>重命名预设</translation>
    </message>
    <message>
        <source>Edit the name (F2)</source>
        <translation>编辑名称 (F2)</translation>
    </message>
    <message>
        <source>Delete preset</source>
        <translation>删除预设</translation>
    </message>
    <message>
        <source>Asks first</source>
        <translation>会先询问</translation>
    </message>
    <message>
        <source>No presets yet: save one from the compose panel's Presets menu.</source>
        <translation>还没有预设：可在创作面板的“预设”菜单中保存。</translation>
    </message>
    <message>
        <source>“%1” is in use; the name stays “%2”.</source>
        <translation>“%1”已被使用；名称保持为“%2”。</translation>
    </message>
    <message>
        <source>A preset needs a name.</source>
        <translation>预设需要一个名称。</translation>
    </message>
    <message>
        <source>Renamed to “%1”.</source>
        <translation>已重命名为“%1”。</translation>
    </message>
    <message>
        <source>Delete Preset</source>
        <translation>删除预设</translation>
    </message>
    <message>
        <source>Delete the preset “%1”?</source>
        <translation>删除预设“%1”？</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>已删除“%1”。</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>Select a finished job to preview it.</source>
        <translation>选择一个已完成的任务即可预览。</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>循环</translation>
    </message>
    <message>
        <source>Play or pause</source>
        <translation>播放或暂停</translation>
    </message>
    <message>
        <source>Play/pause (Space)</source>
        <translation>播放/暂停（空格键）</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>播放位置</translation>
    </message>
    <message>
        <source>Seek in the video</source>
        <translation>拖动以跳转</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Current position / length</source>
        <translation>当前位置 / 总长</translation>
    </message>
    <message>
        <source>Play the video again when it ends</source>
        <translation>播放结束后从头再播</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>静音</translation>
    </message>
    <message>
        <source>Mute the sound</source>
        <translation>关闭声音</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>音量</translation>
    </message>
    <message>
        <source>Sound volume</source>
        <translation>声音大小</translation>
    </message>
    <message>
        <source>Video preview</source>
        <translation>视频预览</translation>
    </message>
    <message>
        <source>The selected job's video</source>
        <translation>选中任务的视频</translation>
    </message>
    <message>
        <source>The preview appears here when the video is ready.</source>
        <translation>视频生成好后会在这里预览。</translation>
    </message>
    <message>
        <source>The video file is missing:
%1
It may have been moved or deleted.</source>
        <translation>找不到视频文件：
%1
它可能已被移动或删除。</translation>
    </message>
    <message>
        <source>This video cannot be played: %1</source>
        <translation>这个视频无法播放：%1</translation>
    </message>
</context>
<context>
    <name>PromptHistoryDialog</name>
    <message>
        <source>Prompt History</source>
        <translation>提示词历史</translation>
    </message>
    <message>
        <source>Search the prompts you sent…</source>
        <translation>搜索发送过的提示词……</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>Last sent</source>
        <translation>最近发送</translation>
    </message>
    <message>
        <source>&amp;Use Prompt</source>
        <translation>使用此提示词(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>忘记(&amp;F)</translation>
    </message>
    <message>
        <source>Search prompts</source>
        <translation>搜索提示词</translation>
    </message>
    <message>
        <source>Every word must appear; Up and Down move in the list, Enter uses</source>
        <translation>须包含每个词；↑ ↓ 在列表中移动，Enter 使用</translation>
    </message>
    <message>
        <source>Prompts sent</source>
        <translation>发送过的提示词</translation>
    </message>
    <message>
        <source>Newest first. Enter puts the prompt in the compose panel; Delete forgets it</source>
        <translation>最新的在前。Enter 把提示词填入创作面板；Delete 忘记它</translation>
    </message>
    <message>
        <source>Use prompt</source>
        <translation>使用提示词</translation>
    </message>
    <message>
        <source>Replace the prompt in the compose panel (Ctrl+Z there undoes it)</source>
        <translation>替换创作面板中的提示词（在那里按 Ctrl+Z 可撤销）</translation>
    </message>
    <message>
        <source>Forget prompt</source>
        <translation>忘记提示词</translation>
    </message>
    <message>
        <source>Remove it from this history (Delete); jobs keep their prompts</source>
        <translation>从历史中移除 (Delete)；任务保留各自的提示词</translation>
    </message>
    <message>
        <source>No prompt contains these words.</source>
        <translation>没有包含这些词的提示词。</translation>
    </message>
    <message>
        <source>No prompts yet: every prompt you send is kept here.</source>
        <translation>还没有提示词：发送过的每条提示词都会保存在这里。</translation>
    </message>
    <message>
        <source>Forgotten: “%1”. Jobs keep their prompts.</source>
        <translation>已忘记：“%1”。任务保留各自的提示词。</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <source>Type a prompt to generate.</source>
        <translation>请输入提示词后再生成。</translation>
    </message>
    <message>
        <source>Pick or type a model.</source>
        <translation>请选择或输入一个模型。</translation>
    </message>
    <message>
        <source>{model} is not a model the app knows, so it does not know where its relay reads images: pin it to a family in Settings, or remove the images.</source>
        <translation>{model} 是应用不认识的模型，不知道中转站从哪里读取图片：请在设置中把它归入一个模型系列，或移除图片。</translation>
    </message>
    <message>
        <source>{model} is sent as typed: give the size as WxH.</source>
        <translation>{model} 将按输入原样发送：请以 宽x高 的形式填写尺寸。</translation>
    </message>
    <message>
        <source>Size must look like 1280x720.</source>
        <translation>尺寸格式应类似 1280x720。</translation>
    </message>
    <message>
        <source>{family} makes videos of {allowed} seconds, not {value}.</source>
        <translation>{family} 只能生成 {allowed} 秒的视频，不能生成 {value} 秒。</translation>
    </message>
    <message>
        <source>{family} cannot make {size}: pick {allowed}.</source>
        <translation>{family} 无法生成 {size}：请选择 {allowed}。</translation>
    </message>
    <message>
        <source>{family} offers resolution {allowed}, not {value}.</source>
        <translation>{family} 提供的分辨率为 {allowed}，没有 {value}。</translation>
    </message>
    <message>
        <source>{family} offers ratio {allowed}, not {value}.</source>
        <translation>{family} 提供的画面比例为 {allowed}，没有 {value}。</translation>
    </message>
    <message>
        <source>{family} has no option '{option}' (offered: {allowed}).</source>
        <translation>{family} 没有选项 “{option}”（可用：{allowed}）。</translation>
    </message>
    <message>
        <source>{family} takes images only as web links; local images cannot be sent.</source>
        <translation>{family} 只接受图片网址，无法发送本地图片。</translation>
    </message>
    <message>
        <source>{family} does not read a first frame: remove it or pick another model.</source>
        <translation>{family} 不读取首帧：请移除首帧或换一个模型。</translation>
    </message>
    <message>
        <source>{family} does not read a last frame: remove it or pick another model.</source>
        <translation>{family} 不读取尾帧：请移除尾帧或换一个模型。</translation>
    </message>
    <message>
        <source>Give one {role} frame, not {count}.</source>
        <translation>{role} 帧只能有一张，当前有 {count} 张。</translation>
    </message>
    <message>
        <source>{family} does not read reference images: remove them or pick another model.</source>
        <translation>{family} 不读取参考图：请移除参考图或换一个模型。</translation>
    </message>
    <message>
        <source>{family} reads at most {allowed} reference image(s), not {count}.</source>
        <translation>{family} 最多读取 {allowed} 张参考图，当前有 {count} 张。</translation>
    </message>
    <message>
        <source>{family} reads a last frame only together with a first frame.</source>
        <translation>{family} 只有在同时提供首帧时才读取尾帧。</translation>
    </message>
    <message>
        <source>{family} cannot mix a first or last frame with reference images: use frames or references.</source>
        <translation>{family} 不能同时使用首尾帧和参考图：请二选一。</translation>
    </message>
    <message>
        <source>Unknown image role(s): {roles}.</source>
        <translation>未知的图片用途：{roles}。</translation>
    </message>
</context>
<context>
    <name>ResultCommands</name>
    <message>
        <source>Select 2 to 4 finished results to compare them.</source>
        <translation>请选择 2 到 4 个已完成的结果再对比。</translation>
    </message>
    <message>
        <source>Job %1 has no video yet.</source>
        <translation>任务 %1 还没有视频。</translation>
    </message>
    <message>
        <source>The video of job %1 is not on disk any more:
%2</source>
        <translation>任务 %1 的视频已不在磁盘上：
%2</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n video file(s) to the clipboard.</source>
        <translation>
            <numerusform>已复制 %n 个视频文件到剪贴板。</numerusform>
        </translation>
    </message>
    <message>
        <source>Play the video to pick a frame first.</source>
        <translation>请先播放视频以选取画面。</translation>
    </message>
    <message>
        <source>The frame could not be written to %1.</source>
        <translation>画面无法写入 %1。</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>This shot has not been continued yet.</source>
        <translation>这个镜头还没有续接。</translation>
    </message>
    <message>
        <source>scene %1-%2.mp4</source>
        <translation>场景 %1-%2.mp4</translation>
    </message>
    <message>
        <source>Export Scene</source>
        <translation>导出场景</translation>
    </message>
    <message>
        <source>The folder for the scene cannot be made: %1</source>
        <translation>无法创建场景所在的文件夹：%1</translation>
    </message>
    <message numerus="yes">
        <source>Scene of %n shot(s) saved to %1</source>
        <translation>
            <numerusform>%n 个镜头的场景已保存到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Scene export cancelled; nothing was written.</source>
        <translation>已取消导出场景；没有写入任何文件。</translation>
    </message>
</context>
<context>
    <name>SavePresetDialog</name>
    <message>
        <source>Save Preset</source>
        <translation>保存预设</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>文本(&amp;T)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>A st&amp;yle: add the text to the prompt instead of replacing it</source>
        <translation>作为风格(&amp;Y)：把文本追加到提示词，而不是替换</translation>
    </message>
    <message>
        <source>Preset name</source>
        <translation>预设名称</translation>
    </message>
    <message>
        <source>A name in use is replaced</source>
        <translation>同名预设会被替换</translation>
    </message>
    <message>
        <source>Preset text</source>
        <translation>预设文本</translation>
    </message>
    <message>
        <source>The whole prompt, or only the part to reuse as a style</source>
        <translation>完整提示词，或只保留作为风格重用的部分</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>风格</translation>
    </message>
    <message>
        <source>Applying the preset adds its text to the prompt you have</source>
        <translation>应用预设时把它的文本追加到现有提示词</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>替换(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>A preset named “%1” exists: saving replaces it.</source>
        <translation>已有名为“%1”的预设：保存将替换它。</translation>
    </message>
</context>
<context>
    <name>SceneExport</name>
    <message>
        <source>Joining %n shot(s)…</source>
        <translation>正在合成 %n 个镜头…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export Scene</source>
        <translation>导出场景</translation>
    </message>
    <message>
        <source>The scene could not be exported.</source>
        <translation>场景无法导出。</translation>
    </message>
</context>
<context>
    <name>SceneStrip</name>
    <message>
        <source>E&amp;xport Scene…</source>
        <translation>导出场景(&amp;X)…</translation>
    </message>
    <message>
        <source>Export scene</source>
        <translation>导出场景</translation>
    </message>
    <message>
        <source>Join the shots of this scene into one MP4</source>
        <translation>把这个场景的镜头合成一个 MP4</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Shot %1 of %2</source>
        <translation>第 %1 个镜头，共 %2 个</translation>
    </message>
    <message numerus="yes">
        <source>Scene: %n shot(s)</source>
        <translation>
            <numerusform>场景：%n 个镜头</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>No token is saved for %1. Paste it in Settings (Ctrl+,).</source>
        <translation>尚未保存 %1 的令牌。请在“设置”中粘贴（Ctrl+,）。</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>正在检查 %1…</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>已连接 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n video model(s)</source>
        <translation>
            <numerusform>%n 个视频模型</numerusform>
        </translation>
    </message>
    <message>
        <source>the demo relay</source>
        <translation>演示中转站</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>保持不变</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Model id</source>
        <translation>模型 ID</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>模型系列</translation>
    </message>
    <message>
        <source>Add pin</source>
        <translation>添加归类</translation>
    </message>
    <message>
        <source>Remove pin</source>
        <translation>移除归类</translation>
    </message>
    <message>
        <source>Add or change model families in %1.</source>
        <translation>在 %1 中添加或修改模型系列。</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>接口地址</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>令牌</translation>
    </message>
    <message>
        <source>Library folder</source>
        <translation>视频库文件夹</translation>
    </message>
    <message>
        <source>First poll after</source>
        <translation>首次查询间隔</translation>
    </message>
    <message>
        <source>Then poll every</source>
        <translation>之后每隔</translation>
    </message>
    <message>
        <source>Parallel submissions</source>
        <translation>同时提交数</translation>
    </message>
    <message>
        <source>Parallel downloads</source>
        <translation>同时下载数</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>HTTP proxy</source>
        <translation>HTTP 代理</translation>
    </message>
    <message>
        <source>Model families</source>
        <translation>模型系列</translation>
    </message>
    <message>
        <source>The relay's API address, e.g. https://www.yuzhixiaolongxia.com/v1</source>
        <translation>中转站的 API 地址，例如 https://www.yuzhixiaolongxia.com/v1</translation>
    </message>
    <message>
        <source>YZX_API_BASE is set in the environment and wins over this setting; unset it to change the Base URL here.</source>
        <translation>环境变量 YZX_API_BASE 已设置，它优先于此处的设置；取消该变量后才能在这里修改 接口地址。</translation>
    </message>
    <message>
        <source>Demo mode uses the built-in simulated relay; this is the real one.</source>
        <translation>演示模式使用内置的模拟中转站；这里是真实中转站的地址。</translation>
    </message>
    <message>
        <source>Test co&amp;nnection</source>
        <translation>测试连接(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Base URL</source>
        <translation>接口地址(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Token</source>
        <translation>令牌(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Library folder</source>
        <translation>视频库文件夹(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;File name</source>
        <translation>文件名(&amp;F)</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>语言(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Model families</source>
        <translation>模型系列(&amp;M)</translation>
    </message>
    <message>
        <source>per task</source>
        <translation>每个任务</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>每天</translation>
    </message>
    <message>
        <source>Ask before spending &amp;over</source>
        <translation>超过此金额前先询问(&amp;O)</translation>
    </message>
    <message>
        <source>Your &amp;prices (USD per task)</source>
        <translation>自定义价格(&amp;P)（每任务美元）</translation>
    </message>
    <message>
        <source>HTTP pro&amp;xy</source>
        <translation>HTTP 代理(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation>高级(&amp;A)</translation>
    </message>
    <message>
        <source>Leave empty to keep the saved token</source>
        <translation>留空则保留已保存的令牌</translation>
    </message>
    <message>
        <source>Ask the relay for its model list</source>
        <translation>向中转站请求模型列表</translation>
    </message>
    <message>
        <source>Where finished videos are saved</source>
        <translation>完成的视频保存在这里</translation>
    </message>
    <message>
        <source>Browse</source>
        <translation>浏览</translation>
    </message>
    <message>
        <source>Choose the library folder</source>
        <translation>选择视频库文件夹</translation>
    </message>
    <message>
        <source>File name template</source>
        <translation>文件名模板</translation>
    </message>
    <message>
        <source>Placeholders: %1</source>
        <translation>可用占位符：%1</translation>
    </message>
    <message>
        <source>First poll, minimum</source>
        <translation>首次查询，最短</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>First poll, maximum</source>
        <translation>首次查询，最长</translation>
    </message>
    <message>
        <source>Poll interval, minimum</source>
        <translation>查询间隔，最短</translation>
    </message>
    <message>
        <source>Polling faster than 8 s is useless: relays refresh about every 15 s</source>
        <translation>间隔小于 8 秒没有意义：中转站大约每 15 秒更新一次状态</translation>
    </message>
    <message>
        <source>Poll interval, maximum</source>
        <translation>查询间隔，最长</translation>
    </message>
    <message>
        <source>How many create requests may be on their way at once</source>
        <translation>同时最多发出几个创建请求</translation>
    </message>
    <message>
        <source>How many videos may download at once</source>
        <translation>同时最多下载几个视频</translation>
    </message>
    <message>
        <source>Takes effect at the next start</source>
        <translation>下次启动时生效</translation>
    </message>
    <message>
        <source>Empty: use the system's proxy settings</source>
        <translation>留空：使用系统代理设置</translation>
    </message>
    <message>
        <source>Pin a renamed model to the family whose fields its relay reads, e.g. my-video-pro → Seedance</source>
        <translation>把改过名的模型归入其中转站实际使用的模型系列，例如 my-video-pro → Seedance</translation>
    </message>
    <message>
        <source>Pin one more model id to a family</source>
        <translation>再把一个模型 ID 归入某个系列</translation>
    </message>
    <message>
        <source>Limit per task</source>
        <translation>单任务上限</translation>
    </message>
    <message>
        <source>Above this estimate the app asks before sending (0: no limit)</source>
        <translation>估算价格超过此值时，发送前先询问（0：不限）</translation>
    </message>
    <message>
        <source>Limit per day</source>
        <translation>每日上限</translation>
    </message>
    <message>
        <source>Past this much today the app asks before sending (0: no limit)</source>
        <translation>今日消费超过此值时，发送前先询问（0：不限）</translation>
    </message>
    <message>
        <source>Your prices</source>
        <translation>自定义价格</translation>
    </message>
    <message>
        <source>For relays that publish no prices: model = USD per task, comma separated</source>
        <translation>用于不公开价格的中转站：模型 = 每任务美元，用逗号分隔</translation>
    </message>
    <message>
        <source>Remove the selected pin</source>
        <translation>移除选中的归类</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>⚠ No system keyring: the token is in %1, readable only by your user.</source>
        <translation>⚠ 没有系统钥匙串：令牌保存在 %1，只有你的用户可以读取。</translation>
    </message>
    <message>
        <source>No token saved yet.</source>
        <translation>尚未保存令牌。</translation>
    </message>
    <message>
        <source>YZX_API_KEY is set in the environment and wins: a token typed here is saved, but used only once YZX_API_KEY is unset.</source>
        <translation>环境变量 YZX_API_KEY 已设置并优先生效：此处输入的令牌会被保存，但只有取消该变量后才会使用。</translation>
    </message>
    <message>
        <source>Stored in: %1</source>
        <translation>保存位置：%1</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>例如 %1</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>正在测试……</translation>
    </message>
    <message>
        <source>Write prices as model = USD, separated by commas: kling-v1-6 = 0.28</source>
        <translation>价格格式为 模型 = 美元，用逗号分隔，例如：kling-v1-6 = 0.28</translation>
    </message>
</context>
<context>
    <name>Spend</name>
    <message>
        <source>price unknown</source>
        <translation>价格未知</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>%1 起</translation>
    </message>
    <message>
        <source>≈ %1</source>
        <translation>≈ %1</translation>
    </message>
    <message>
        <source>Generate · %1</source>
        <translation>生成 · %1</translation>
    </message>
    <message>
        <source>The relay publishes no price for this model. Set your own in Settings to see one here and to use the spending limits.</source>
        <translation>中转站没有公布此模型的价格。可在设置中填写自定义价格，以便在此显示并使用消费上限。</translation>
    </message>
    <message>
        <source>The relay's price: %1 per task.</source>
        <translation>中转站价格：每任务 %1。</translation>
    </message>
    <message>
        <source>Your price from Settings: %1 per task.</source>
        <translation>设置中的自定义价格：每任务 %1。</translation>
    </message>
    <message>
        <source>The relay's multipliers for length and size are learned from the first task.</source>
        <translation>中转站对时长和尺寸的倍率会从第一个任务中学习。</translation>
    </message>
    <message>
        <source>× %1, as the relay reported for this length and size.</source>
        <translation>× %1，即中转站对此时长和尺寸报告的倍率。</translation>
    </message>
    <message>
        <source>× %1, scaled from an earlier task of this model.</source>
        <translation>× %1，按此模型之前的任务推算。</translation>
    </message>
    <message>
        <source>Charged, delivered</source>
        <translation>已扣费，已交付</translation>
    </message>
    <message>
        <source>Charged, failed (not refunded)</source>
        <translation>已扣费，失败（未退款）</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <source>Uncertain (may have been charged)</source>
        <translation>不确定（可能已扣费）</translation>
    </message>
    <message>
        <source>In progress (charged at submit)</source>
        <translation>进行中（提交时已扣费）</translation>
    </message>
</context>
<context>
    <name>SpendGuard</name>
    <message>
        <source>This task is estimated at %1, above your limit of %2 per task.</source>
        <translation>此任务估价 %1，超过你设定的单任务上限 %2。</translation>
    </message>
    <message>
        <source>Today's tasks come to %3 so far; with this one (%1) that is %4, above your limit of %2 per day.</source>
        <translation>今日任务已消费 %3；加上此任务（%1）共 %4，超过你设定的每日上限 %2。</translation>
    </message>
    <message>
        <source>The price of this task is unknown, so the app cannot check it against your limit of %2.</source>
        <translation>此任务的价格未知，应用无法与你设定的上限 %2 进行比较。</translation>
    </message>
    <message>
        <source>Above your spending limit</source>
        <translation>超出消费上限</translation>
    </message>
    <message>
        <source>Send and pay</source>
        <translation>发送并付费</translation>
    </message>
    <message>
        <source>Don't send</source>
        <translation>不发送</translation>
    </message>
    <message>
        <source>Create the task; the relay charges it.</source>
        <translation>创建任务；中转站会扣费。</translation>
    </message>
    <message>
        <source>Nothing is sent and nothing is charged.</source>
        <translation>不发送，也不扣费。</translation>
    </message>
    <message numerus="yes">
        <source>Today's tasks come to %3 so far; with these %n tasks (%1) that is %4, above your limit of %2 per day.</source>
        <translation>
            <numerusform>今日任务已花费 %3；加上这 %n 个任务（%1）共 %4，超过每日 %2 的上限。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The price of %n of them is unknown.</source>
        <translation>
            <numerusform>其中 %n 个任务价格未知。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Create %n simulated task(s)?</source>
        <translation>
            <numerusform>创建 %n 个模拟任务？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Create %n paid task(s)?</source>
        <translation>
            <numerusform>创建 %n 个付费任务？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Create these %n task(s).</source>
        <translation>
            <numerusform>创建这 %n 个任务。</numerusform>
        </translation>
    </message>
    <message>
        <source>One of these tasks is estimated at %1, above your limit of %2 per task.</source>
        <translation>其中一个任务预计 %1，超过每个任务 %2 的上限。</translation>
    </message>
    <message>
        <source>The price of some of these tasks is unknown, so the app cannot check them against your limit of %2.</source>
        <translation>部分任务价格未知，无法按 %2 的上限检查。</translation>
    </message>
    <message>
        <source>The price of these tasks is unknown.</source>
        <translation>这些任务的价格未知。</translation>
    </message>
    <message>
        <source>Estimated total: %1.</source>
        <translation>预计合计：%1。</translation>
    </message>
    <message>
        <source>Demo mode: no real money is spent; the balance is simulated.</source>
        <translation>演示模式：不花真钱，余额是模拟的。</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
</context>
<context>
    <name>SweepDialog</name>
    <message>
        <source>Sweep</source>
        <translation>横评</translation>
    </message>
    <message>
        <source>Every take is made once for each model or length you check, with the same seeds, so the results compare like with like.</source>
        <translation>每一条都会用勾选的每个模型或时长各生成一次，种子相同，便于同条件横评。</translation>
    </message>
    <message>
        <source>&amp;Models</source>
        <translation>模型(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Lengths</source>
        <translation>时长(&amp;L)</translation>
    </message>
    <message>
        <source>Sweep models</source>
        <translation>横评模型</translation>
    </message>
    <message>
        <source>Vary the model</source>
        <translation>改变模型</translation>
    </message>
    <message>
        <source>Sweep lengths</source>
        <translation>横评时长</translation>
    </message>
    <message>
        <source>Vary the length</source>
        <translation>改变时长</translation>
    </message>
    <message>
        <source>Sweep choices</source>
        <translation>横评选项</translation>
    </message>
    <message>
        <source>Space checks or unchecks; up to %1</source>
        <translation>空格勾选或取消；最多 %1 个</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>no %1 s (makes %2 s)</source>
        <translation>不能 %1 秒（可 %2 秒）</translation>
    </message>
    <message>
        <source>At most %1: uncheck one first.</source>
        <translation>最多 %1 个：请先取消一个。</translation>
    </message>
    <message>
        <source>Nothing checked: no sweep.</source>
        <translation>未勾选：不横评。</translation>
    </message>
    <message>
        <source>%1 of at most %2 checked.</source>
        <translation>已勾选 %1 个，最多 %2 个。</translation>
    </message>
</context>
<context>
    <name>TileDelegate</name>
    <message>
        <source>Set · take %1/%2</source>
        <translation>一组 · 第 %1/%2 条</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>无画面</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
</context>
<context>
    <name>TransportBar</name>
    <message>
        <source>Loop</source>
        <translation>循环</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Play or pause</source>
        <translation>播放或暂停</translation>
    </message>
    <message>
        <source>Play or pause all takes (Space, K)</source>
        <translation>播放或暂停所有条 (空格, K)</translation>
    </message>
    <message>
        <source>Previous frame</source>
        <translation>上一帧</translation>
    </message>
    <message>
        <source>One frame back (Left); one second back: Shift+Left</source>
        <translation>后退一帧 (←)；后退一秒：Shift+←</translation>
    </message>
    <message>
        <source>Next frame</source>
        <translation>下一帧</translation>
    </message>
    <message>
        <source>One frame forward (Right); one second forward: Shift+Right</source>
        <translation>前进一帧 (→)；前进一秒：Shift+→</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Seek in all takes (Home: start, End: end)</source>
        <translation>在所有条中跳转 (Home：开头，End：结尾)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Position / length of the longest take</source>
        <translation>位置 / 最长一条的时长</translation>
    </message>
    <message>
        <source>Play again from the start at the end (L)</source>
        <translation>播放到结尾时从头再播 (L)</translation>
    </message>
    <message>
        <source>Arrange the takes in a grid or in a row (G)</source>
        <translation>把各条排成网格或一行 (G)</translation>
    </message>
</context>
</TS>