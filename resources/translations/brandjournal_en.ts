<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <location filename="../../brandjournal/ui/about.py" line="15"/>
        <source>A private journal that keeps your professional posts true to your values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/about.py" line="19"/>
        <source>Your journal is an encrypted file on this computer. Nothing is sent anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/about.py" line="23"/>
        <source>Qt %1 · MIT licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/about.py" line="26"/>
        <source>About BrandJournal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApproveDialog</name>
    <message>
        <location filename="../../brandjournal/ui/approve_dialog.py" line="47"/>
        <source>Approve “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/approve_dialog.py" line="47"/>
        <source>untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../brandjournal/ui/approve_dialog.py" line="51"/>
        <source>%n warning(s) are still open. Fix each one in the editor, or keep it on purpose: say why in a few words. Your reasons are kept with the approved text.</source>
        <translation>
            <numerusform>%n warning is still open. Fix it in the editor, or keep it on purpose: say why in a few words. Your reasons are kept with the approved text.</numerusform>
            <numerusform>%n warnings are still open. Fix each one in the editor, or keep it on purpose: say why in a few words. Your reasons are kept with the approved text.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/approve_dialog.py" line="61"/>
        <source>Open warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/approve_dialog.py" line="62"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/approve_dialog.py" line="62"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/approve_dialog.py" line="62"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/approve_dialog.py" line="62"/>
        <source>Your reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/approve_dialog.py" line="79"/>
        <source>why it is right here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/approve_dialog.py" line="80"/>
        <source>Reason for warning %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/approve_dialog.py" line="88"/>
        <source>Fix in the editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/approve_dialog.py" line="89"/>
        <source>Close this and select the warning&apos;s text in the editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/approve_dialog.py" line="90"/>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoherenceCharts</name>
    <message>
        <location filename="../../brandjournal/ui/coherence_charts.py" line="211"/>
        <source>Your values, month by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/coherence_charts.py" line="218"/>
        <source>Times: expressed ↑ betrayed ↓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/coherence_charts.py" line="219"/>
        <location filename="../../brandjournal/ui/coherence_charts.py" line="276"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/coherence_charts.py" line="227"/>
        <source>No values yet: add them in Values and intentions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/coherence_charts.py" line="229"/>
        <location filename="../../brandjournal/ui/coherence_charts.py" line="282"/>
        <source>No posts yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/coherence_charts.py" line="251"/>
        <source>{value}: expressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/coherence_charts.py" line="253"/>
        <source>{value}: betrayed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/coherence_charts.py" line="270"/>
        <source>Jargon and polish, month by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/coherence_charts.py" line="275"/>
        <source>Flags per 100 words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/coherence_charts.py" line="289"/>
        <source>Jargon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/coherence_charts.py" line="296"/>
        <source>Polish (peacock words)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/coherence_charts.py" line="334"/>
        <source>Words per sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/coherence_charts.py" line="335"/>
        <source>First person (% of words)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/coherence_charts.py" line="336"/>
        <source>Jargon and polish per 100 words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/coherence_charts.py" line="337"/>
        <source>Exclamation marks per sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/coherence_charts.py" line="357"/>
        <source>Your usual voice, and this draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/coherence_charts.py" line="383"/>
        <source>No published posts yet: approve or import some to see your usual voice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/coherence_charts.py" line="386"/>
        <source>Box: the middle half of your last {n} published posts; whiskers: 10% to 90%; line: median.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/coherence_charts.py" line="392"/>
        <source>◆ this draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/coherence_charts.py" line="424"/>
        <source>◆ {value} · percentile {pct}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoherenceDialog</name>
    <message>
        <location filename="../../brandjournal/ui/coherence_view.py" line="52"/>
        <source>Your voice over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/coherence_view.py" line="72"/>
        <source>Posts to include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/coherence_view.py" line="73"/>
        <source>Published posts (approved and exported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/coherence_view.py" line="74"/>
        <source>All drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/coherence_view.py" line="75"/>
        <source>&amp;Include:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/coherence_view.py" line="83"/>
        <source>Reading your posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/coherence_view.py" line="93"/>
        <source>Export as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/coherence_view.py" line="133"/>
        <source>Reading your posts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/coherence_view.py" line="165"/>
        <source>%v of %m posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/coherence_view.py" line="181"/>
        <source>The figures could not be computed ({0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/coherence_view.py" line="217"/>
        <source>No published posts yet: approve a draft or import your past posts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/coherence_view.py" line="218"/>
        <source>No drafts with text yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/coherence_view.py" line="221"/>
        <source>One post, in {month}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/coherence_view.py" line="222"/>
        <source>{count} posts, from {first} to {last}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/coherence_view.py" line="241"/>
        <source>Export the chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/coherence_view.py" line="241"/>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/coherence_view.py" line="250"/>
        <source>values-by-month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/coherence_view.py" line="251"/>
        <source>jargon-by-month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/coherence_view.py" line="252"/>
        <source>voice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftListModel</name>
    <message>
        <location filename="../../brandjournal/ui/draft_list_model.py" line="164"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/draft_list_model.py" line="165"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/draft_list_model.py" line="166"/>
        <source>Platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/draft_list_model.py" line="167"/>
        <source>Last edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/draft_list_model.py" line="168"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/draft_list_model.py" line="196"/>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorPanel</name>
    <message>
        <location filename="../../brandjournal/ui/editor.py" line="81"/>
        <source>Title (for you; not published)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/editor.py" line="82"/>
        <source>Draft title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/editor.py" line="88"/>
        <source>Kind of post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/editor.py" line="93"/>
        <source>Why this post? e.g. share what I learnt leading the migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/editor.py" line="94"/>
        <source>Intention of the post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/editor.py" line="95"/>
        <source>&amp;Intention:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/editor.py" line="100"/>
        <source>Platforms:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/editor.py" line="103"/>
        <source>Publish on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/editor.py" line="108"/>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/editor.py" line="110"/>
        <source>Status of the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/editor.py" line="124"/>
        <source>Draft text (Markdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/editor.py" line="125"/>
        <source>Write your post here, in Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/editor.py" line="135"/>
        <source>Character count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/editor.py" line="211"/>
        <source>%1: %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/editor.py" line="216"/>
        <source>%1 over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/editor.py" line="220"/>
        <source>%1 characters (choose a platform to see its limit)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="71"/>
        <source>The journal is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="73"/>
        <source>This draft is no longer in the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="75"/>
        <source>This is not possible for this post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="124"/>
        <source>Could not open the journal %1: the passphrase is wrong, or the file is damaged or not a BrandJournal journal. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="130"/>
        <source>Could not open the journal %1: the key from the keychain does not match, or the file is damaged or not a BrandJournal journal. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="138"/>
        <source>Choose a passphrase to protect the journal %1 (or pass --passphrase-file FILE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="142"/>
        <source>Enter the passphrase of the journal %1 (or pass --passphrase-file FILE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="147"/>
        <source>The keychain has no key for the journal %1 (service &apos;brandjournal&apos;, entry &apos;%2&apos;). Without it the journal cannot be decrypted. Restore the entry in your keychain (or from a keychain backup), or open another journal. The journal file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="155"/>
        <source>The journal %1 was written by a newer BrandJournal (schema %2). Update BrandJournal to open it; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="163"/>
        <source>The journal %1 is already open in another BrandJournal window or command (%2). Close it first, or open another journal with --journal PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="169"/>
        <source>The journal %1 is already open in another BrandJournal window or command. Close it first, or open another journal with --journal PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="176"/>
        <source>There is no draft with id %1 in this journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="181"/>
        <source>The journal %1 is damaged (%2). It was not modified. Restore the latest backup (menu File &gt; Restore from backup, or `brandjournal restore --latest`); the damaged file is kept aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="188"/>
        <source>The journal %1 is damaged. It was not modified. Restore the latest backup (menu File &gt; Restore from backup, or `brandjournal restore --latest`); the damaged file is kept aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="195"/>
        <source>Draft %1 has %2 open warning(s): fix each one or keep it with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="202"/>
        <source>untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="204"/>
        <source>Only approved posts can be exported; not approved: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="222"/>
        <source>an unexpected storage error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="232"/>
        <source>The file %1 could not be written or read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="234"/>
        <source>The system refused the operation: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="241"/>
        <source>the file or folder does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="243"/>
        <source>permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="245"/>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="247"/>
        <source>the disk is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="249"/>
        <source>it is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="251"/>
        <source>part of the path is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="253"/>
        <source>a file with this name already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="255"/>
        <source>the disk reported a read or write error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="257"/>
        <source>system error %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="265"/>
        <source>BrandJournal could not do this. The technical details are below, in English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="317"/>
        <source>There is no journal at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="326"/>
        <source>There is no backup file at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="329"/>
        <source>The backup %1 is damaged (%2). Choose another backup; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="335"/>
        <source>The file %1 is not a BrandJournal journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="347"/>
        <source>Could not read the passphrase file %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="349"/>
        <source>Could not read the passphrase file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="353"/>
        <source>The passphrase file %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="537"/>
        <source>boost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="539"/>
        <source>direct message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="541"/>
        <source>reply to someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="339"/>
        <source>A passphrase cannot be empty or contain NUL characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="319"/>
        <source>The journal is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="321"/>
        <source>The journal is still being opened: try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="356"/>
        <source>This journal&apos;s key is in the keychain: there is no passphrase to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="361"/>
        <source>There is no revision with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="364"/>
        <source>Revision %1 does not belong to draft %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="367"/>
        <source>An acknowledgement needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="369"/>
        <source>Every warning kept needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="380"/>
        <source>A post cannot go from %1 to %2 (use Approve).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="383"/>
        <source>A post cannot go from %1 to %2 (use Export).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="391"/>
        <source>A post cannot go from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="386"/>
        <source>Draft %1 is %2: only ideas, drafts and posts in review are approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="402"/>
        <source>cannot tell what kind of export %1 is: expected a LinkedIn Shares.csv, a Mastodon outbox.json or archive .zip, or a folder of Markdown/text files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="409"/>
        <source>unknown format %1: choose one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="412"/>
        <source>no such file or folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="414"/>
        <source>cannot read %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="417"/>
        <source>%1 is a .zip with neither outbox.json (Mastodon) nor Shares.csv (LinkedIn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="422"/>
        <source>%1 is a folder; a %2 export is a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="425"/>
        <source>%1 is larger than 1 GiB: not a LinkedIn export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="428"/>
        <source>this is not a LinkedIn Shares.csv (it contains NUL bytes: a binary file?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="432"/>
        <source>the file is empty: no LinkedIn Shares.csv header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="434"/>
        <source>this is not a LinkedIn Shares.csv (its header cannot be read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="439"/>
        <source>this is not a LinkedIn Shares.csv (the header needs the columns Date and ShareCommentary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="444"/>
        <source>this .zip file cannot be read (damaged or not a .zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="447"/>
        <source>this .zip file has no %1 in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="450"/>
        <source>%1 in this .zip file is larger than 1 GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="453"/>
        <source>this is not a Mastodon outbox.json (not UTF-8 at byte %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="458"/>
        <source>this is not a Mastodon outbox.json (invalid JSON at line %1, column %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="463"/>
        <source>this is not a Mastodon outbox.json (JSON nested too deeply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="467"/>
        <source>this is not a Mastodon outbox.json (no orderedItems list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="471"/>
        <location filename="../../brandjournal/ui/error_messages.py" line="523"/>
        <source>unreadable HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="479"/>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="481"/>
        <source>item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="486"/>
        <source>not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="490"/>
        <source>%1: %2</source>
        <comment>where a record was: why it was left out</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="500"/>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="502"/>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="506"/>
        <source>bad date %1 in the front matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="504"/>
        <source>bad date %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="508"/>
        <source>not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="510"/>
        <source>not UTF-8 text (invalid byte at offset %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="513"/>
        <source>unreadable CSV record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="515"/>
        <source>contains NUL bytes: a binary file, not a post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="517"/>
        <source>larger than 10 MB: probably not a post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="519"/>
        <source>cannot read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="521"/>
        <source>unreadable front matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="525"/>
        <source>broken item (not an activity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="527"/>
        <source>broken item (no object with the post in it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="529"/>
        <source>broken item (no text content)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="531"/>
        <source>not a post (type %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="533"/>
        <source>text that is not valid Unicode (an escaped half of a character)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../brandjournal/ui/errors.py" line="76"/>
        <source>Something went wrong inside BrandJournal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/errors.py" line="78"/>
        <source>Your text is saved automatically. The error (%1) was written to the log without any of your text:
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../brandjournal/ui/export_dialog.py" line="39"/>
        <source>Export “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/export_dialog.py" line="39"/>
        <source>untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/export_dialog.py" line="43"/>
        <location filename="../../brandjournal/ui/export_dialog.py" line="53"/>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/export_dialog.py" line="49"/>
        <location filename="../../brandjournal/ui/export_dialog.py" line="54"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/export_dialog.py" line="50"/>
        <source>Add “why I share this” from the post&apos;s intention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/export_dialog.py" line="61"/>
        <source>Exported text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/export_dialog.py" line="65"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/export_dialog.py" line="66"/>
        <source>Copy the post shown to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/export_dialog.py" line="67"/>
        <source>Save to folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/export_dialog.py" line="126"/>
        <source>Post %1/%2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/export_dialog.py" line="128"/>
        <source>Post (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/export_dialog.py" line="156"/>
        <source>Copied to the clipboard: paste it into %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/export_dialog.py" line="160"/>
        <source>Save the export in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/export_dialog.py" line="169"/>
        <source>File exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/export_dialog.py" line="170"/>
        <source>A file with this name is already in that folder. Keep both (the new one gets “-2”)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/export_dialog.py" line="177"/>
        <source>The export could not be saved in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/export_dialog.py" line="179"/>
        <source>Saved as %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <location filename="../../brandjournal/ui/filter_view.py" line="395"/>
        <source>Coherence score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/filter_view.py" line="402"/>
        <source>Why this score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/filter_view.py" line="405"/>
        <source>Notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/filter_view.py" line="407"/>
        <source>Analysis status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/filter_view.py" line="422"/>
        <source>Legend of the highlights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/filter_view.py" line="425"/>
        <source>Draft seen through the professional filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/filter_view.py" line="428"/>
        <source>Markdown preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/filter_view.py" line="436"/>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/filter_view.py" line="445"/>
        <source>&amp;Keep this one…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/filter_view.py" line="447"/>
        <source>Dismiss this occurrence on purpose: you give a short reason, it stays dismissed after edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/filter_view.py" line="449"/>
        <source>&amp;Accept this word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/filter_view.py" line="450"/>
        <source>Never flag this word again (your personal accept list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/filter_view.py" line="452"/>
        <source>Kept on purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/filter_view.py" line="453"/>
        <source>Findings you kept on purpose in this draft, with your reasons</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FlagTextView</name>
    <message>
        <location filename="../../brandjournal/ui/filter_view.py" line="308"/>
        <source>Keep « %1 » on purpose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/filter_view.py" line="311"/>
        <source>Accept « %1 » from now on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../brandjournal/ui/history_dialog.py" line="83"/>
        <source>Revision history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/history_dialog.py" line="91"/>
        <source>Revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/history_dialog.py" line="101"/>
        <location filename="../../brandjournal/ui/history_dialog.py" line="104"/>
        <location filename="../../brandjournal/ui/history_dialog.py" line="193"/>
        <source>Selected revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/history_dialog.py" line="103"/>
        <location filename="../../brandjournal/ui/history_dialog.py" line="105"/>
        <source>Current text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/history_dialog.py" line="122"/>
        <source>&amp;Restore this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/history_dialog.py" line="123"/>
        <source>The current text is kept as a revision first: nothing is lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/history_dialog.py" line="134"/>
        <source>Warnings kept on purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/history_dialog.py" line="138"/>
        <source>Warnings kept on purpose, with your reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/history_dialog.py" line="158"/>
        <source> (at approval)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/history_dialog.py" line="176"/>
        <source>No revision kept yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/history_dialog.py" line="188"/>
        <source>%1 — %2% identical to the current text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/history_dialog.py" line="191"/>
        <source>First draft (kept whole)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/history_dialog.py" line="201"/>
        <source>Restore this version?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/history_dialog.py" line="202"/>
        <source>The draft&apos;s text becomes this version. The current text is kept in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/history_dialog.py" line="212"/>
        <source>This version could not be restored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalActions</name>
    <message>
        <location filename="../../brandjournal/ui/journal_actions.py" line="55"/>
        <source>Import a folder of Markdown or text posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/journal_actions.py" line="60"/>
        <source>Import past posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/journal_actions.py" line="62"/>
        <source>Archives (Shares.csv *.csv outbox.json *.json *.zip);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/journal_actions.py" line="70"/>
        <source>Importing your past posts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/journal_actions.py" line="87"/>
        <source>Imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/journal_actions.py" line="90"/>
        <source>Skipped as duplicates: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/journal_actions.py" line="93"/>
        <source>Rejected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/journal_actions.py" line="116"/>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/journal_actions.py" line="118"/>
        <source>Nothing was imported from %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/journal_actions.py" line="126"/>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/journal_actions.py" line="143"/>
        <source>The backup could not be written to %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/journal_actions.py" line="149"/>
        <source>Backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/journal_actions.py" line="156"/>
        <source>Backup made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/journal_actions.py" line="157"/>
        <source>An encrypted copy of your journal was saved as:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/journal_actions.py" line="170"/>
        <location filename="../../brandjournal/ui/journal_actions.py" line="178"/>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/journal_actions.py" line="172"/>
        <source>Backups (*.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/journal_actions.py" line="179"/>
        <source>Replace the journal with this backup? Your current journal is kept aside next to it, never deleted. BrandJournal restarts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/journal_actions.py" line="197"/>
        <source>Restore failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/journal_actions.py" line="150"/>
        <location filename="../../brandjournal/ui/journal_actions.py" line="198"/>
        <source>Your journal was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/journal_actions.py" line="203"/>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/journal_actions.py" line="204"/>
        <source>The backup is in place. The previous journal was kept as:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalPanel</name>
    <message>
        <location filename="../../brandjournal/ui/journal_panel.py" line="39"/>
        <source>Search the journal (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/journal_panel.py" line="41"/>
        <source>Search the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/journal_panel.py" line="43"/>
        <source>Show drafts with status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/journal_panel.py" line="44"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/journal_panel.py" line="47"/>
        <source>&amp;New draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/journal_panel.py" line="48"/>
        <source>New draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/journal_panel.py" line="52"/>
        <source>Drafts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../brandjournal/ui/labels.py" line="12"/>
        <source>Value expressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/labels.py" line="13"/>
        <source>Value betrayed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/labels.py" line="14"/>
        <source>Corporate jargon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/labels.py" line="15"/>
        <source>Hedging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/labels.py" line="16"/>
        <source>Empty polish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/labels.py" line="17"/>
        <source>Off intention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/labels.py" line="18"/>
        <source>Voice lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/labels.py" line="24"/>
        <source>Idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/labels.py" line="25"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/labels.py" line="26"/>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/labels.py" line="27"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/labels.py" line="28"/>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/labels.py" line="29"/>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/labels.py" line="35"/>
        <source>(not said)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/labels.py" line="37"/>
        <source>Share an experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/labels.py" line="38"/>
        <source>Inform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/labels.py" line="39"/>
        <source>Celebrate others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/labels.py" line="40"/>
        <source>Ask for help or opinions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/labels.py" line="41"/>
        <source>Announce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/labels.py" line="42"/>
        <source>Promote, sell or hire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/labels.py" line="57"/>
        <source>Blog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/labels.py" line="63"/>
        <source>First draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/labels.py" line="64"/>
        <source>Autosave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/labels.py" line="65"/>
        <source>Saved version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/labels.py" line="66"/>
        <source>Approved text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/labels.py" line="67"/>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="113"/>
        <location filename="../../brandjournal/ui/main_window.py" line="325"/>
        <location filename="../../brandjournal/ui/main_window.py" line="413"/>
        <location filename="../../brandjournal/ui/main_window.py" line="826"/>
        <source>BrandJournal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="188"/>
        <source>&amp;New draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="190"/>
        <source>&amp;Save a version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="192"/>
        <source>Keep this text as a named version in the history (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="193"/>
        <source>&amp;Delete draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="194"/>
        <source>Revision &amp;history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="195"/>
        <source>&amp;Values and intentions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="196"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="198"/>
        <source>&amp;Search the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="199"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="200"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="205"/>
        <source>&amp;Next finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="206"/>
        <source>Pre&amp;vious finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="207"/>
        <source>Markdown &amp;preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="209"/>
        <source>Show the post rendered instead of the annotated source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="210"/>
        <source>&amp;About BrandJournal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="212"/>
        <source>&amp;Approve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="213"/>
        <source>Review the open warnings (fix or keep each with a reason) and approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="214"/>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="215"/>
        <source>Export the approved post for a platform: copy it or save it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="216"/>
        <source>Export all &amp;approved posts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="217"/>
        <source>&amp;Import past posts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="219"/>
        <source>Import a &amp;folder of posts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="221"/>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="222"/>
        <source>&amp;Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="223"/>
        <source>Your &amp;voice over time…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="240"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="248"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="256"/>
        <source>&amp;Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="268"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="271"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="274"/>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="282"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="286"/>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="324"/>
        <source>Choose a draft on the left, or start a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="327"/>
        <location filename="../../brandjournal/ui/main_window.py" line="397"/>
        <source>%1 — BrandJournal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="327"/>
        <location filename="../../brandjournal/ui/main_window.py" line="397"/>
        <location filename="../../brandjournal/ui/main_window.py" line="436"/>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="331"/>
        <location filename="../../brandjournal/ui/main_window.py" line="536"/>
        <source>Analysing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="381"/>
        <source>Your last changes could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="392"/>
        <source>Edited after approval: the post is a draft again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="399"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="410"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="414"/>
        <source>Your last changes could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="439"/>
        <source>Delete this draft?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="440"/>
        <source>“%1” and all its versions will be deleted from your journal. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="466"/>
        <source>Draft deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="476"/>
        <source>Version kept in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="483"/>
        <source>Save a version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="484"/>
        <source>Name this version (optional), for example “before Léa&apos;s review”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="486"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="501"/>
        <source>Version restored; the previous text is in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="505"/>
        <source>Editing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="525"/>
        <source>Kept on purpose (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="546"/>
        <source>%1 findings · %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="581"/>
        <source>The analysis failed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="623"/>
        <source>Kept on purpose: « %1 ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="630"/>
        <source>Nothing kept on purpose in this draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="633"/>
        <source>Show again « %1 » (kept: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="653"/>
        <source>« %1 » is now on your accept list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="719"/>
        <source>Move to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="742"/>
        <source>Approved: the text is frozen as a version. Export it when ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="762"/>
        <source>%1 post(s) exported to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="822"/>
        <source>The daily backup could not be written to %1: %2. Your journal was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="898"/>
        <location filename="../../brandjournal/ui/main_window.py" line="899"/>
        <source>Opening your journal…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenJournal</name>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="61"/>
        <source>The journal could not be unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="63"/>
        <source>The key of this journal is missing from your keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="65"/>
        <source>This journal is already open in another BrandJournal window or command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="69"/>
        <source>This journal was written by a newer version of BrandJournal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="76"/>
        <source>The journal could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="82"/>
        <source>No system keychain is available on this computer (no Secret Service, Keychain or Credential Locker).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="87"/>
        <source>The system keychain is locked or could not be unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="92"/>
        <location filename="../../brandjournal/ui/error_messages.py" line="343"/>
        <source>it did not give back the key it had just stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="93"/>
        <location filename="../../brandjournal/ui/error_messages.py" line="344"/>
        <source>The system keychain failed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="95"/>
        <source>This journal has no keychain record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="97"/>
        <source>This journal is protected by a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="104"/>
        <source>Your journal will be protected by a passphrase instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="106"/>
        <source>The journal&apos;s key is kept there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="574"/>
        <source>BrandJournal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/key_dialogs.py" line="184"/>
        <source>Wrong passphrase %1 times: BrandJournal will close. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/key_dialogs.py" line="191"/>
        <source>Wrong passphrase (try %1 of %2). Check Caps Lock and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../brandjournal/ui/key_dialogs.py" line="52"/>
        <source>Choose a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/key_dialogs.py" line="52"/>
        <source>Unlock your journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/key_dialogs.py" line="55"/>
        <source>Your journal is encrypted. Choose a passphrase to protect it: you will need it each time you open BrandJournal, and nobody can recover it for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/key_dialogs.py" line="59"/>
        <source>Your journal is encrypted. Enter its passphrase to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/key_dialogs.py" line="67"/>
        <source>Why a passphrase is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/key_dialogs.py" line="78"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/key_dialogs.py" line="79"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/key_dialogs.py" line="82"/>
        <source>Passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/key_dialogs.py" line="84"/>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/key_dialogs.py" line="105"/>
        <source>Use at least 8 characters; a few unrelated words are easy to remember.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/key_dialogs.py" line="108"/>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Publishing</name>
    <message>
        <location filename="../../brandjournal/ui/publish_actions.py" line="36"/>
        <location filename="../../brandjournal/ui/publish_actions.py" line="43"/>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/publish_actions.py" line="37"/>
        <source>New warnings appeared meanwhile: approve again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/publish_actions.py" line="53"/>
        <location filename="../../brandjournal/ui/publish_actions.py" line="72"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/publish_actions.py" line="54"/>
        <source>Only approved posts are exported. Approve this one first (its warnings are reviewed then).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/publish_actions.py" line="73"/>
        <source>There is no approved post to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/publish_actions.py" line="80"/>
        <source>Export all approved posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/publish_actions.py" line="81"/>
        <source>Platform:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/publish_actions.py" line="91"/>
        <source>Save the exports in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../brandjournal/ui/reason_dialog.py" line="14"/>
        <source>Keep this on purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/reason_dialog.py" line="17"/>
        <source>%1: « %2 »
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/reason_dialog.py" line="24"/>
        <source>In a few words, why is it right here? (kept in your journal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/reason_dialog.py" line="26"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/reason_dialog.py" line="27"/>
        <source>e.g. quoting the client&apos;s own words</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValueMeter</name>
    <message>
        <location filename="../../brandjournal/ui/filter_view.py" line="342"/>
        <source>%1: expressed %2 times, betrayed %3 times</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValuesDialog</name>
    <message>
        <location filename="../../brandjournal/ui/values_dialog.py" line="56"/>
        <source>Values and intentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/values_dialog.py" line="62"/>
        <source>Your values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/values_dialog.py" line="63"/>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/values_dialog.py" line="64"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/values_dialog.py" line="65"/>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/values_dialog.py" line="66"/>
        <source>Move &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/values_dialog.py" line="75"/>
        <source>Value name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/values_dialog.py" line="77"/>
        <source>What it means to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/values_dialog.py" line="81"/>
        <source>Words that fit this value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/values_dialog.py" line="82"/>
        <source>comma-separated, e.g. honest, I was wrong, j&apos;ai appris</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/values_dialog.py" line="84"/>
        <source>Words that betray this value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/values_dialog.py" line="85"/>
        <source>comma-separated, e.g. game-changer, disruptif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/values_dialog.py" line="87"/>
        <source>Language of the words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/values_dialog.py" line="88"/>
        <source>French and English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/values_dialog.py" line="89"/>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/values_dialog.py" line="90"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/values_dialog.py" line="92"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/values_dialog.py" line="93"/>
        <source>&amp;Meaning:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/values_dialog.py" line="94"/>
        <source>Words that &amp;fit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/values_dialog.py" line="95"/>
        <source>Words that &amp;betray:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/values_dialog.py" line="96"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/values_dialog.py" line="97"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/values_dialog.py" line="107"/>
        <source>Presence intentions, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/values_dialog.py" line="110"/>
        <source>What do you want your presence online to do? One intention per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/values_dialog.py" line="116"/>
        <source>Accepted words, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/values_dialog.py" line="119"/>
        <source>Words the filter never flags for you (e.g. your trade&apos;s real terms). One per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/values_dialog.py" line="125"/>
        <source>&amp;Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/values_dialog.py" line="126"/>
        <source>&amp;Intentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/values_dialog.py" line="127"/>
        <source>Accepted &amp;words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/values_dialog.py" line="155"/>
        <location filename="../../brandjournal/ui/values_dialog.py" line="212"/>
        <source>(unnamed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/values_dialog.py" line="162"/>
        <source>New value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
