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
        <location filename="../../brandjournal/ui/coherence_charts.py" line="173"/>
        <source>Your values, month by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/coherence_charts.py" line="178"/>
        <source>Times: expressed ↑ betrayed ↓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/coherence_charts.py" line="179"/>
        <location filename="../../brandjournal/ui/coherence_charts.py" line="236"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/coherence_charts.py" line="187"/>
        <source>No values yet: add them in Values and intentions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/coherence_charts.py" line="189"/>
        <location filename="../../brandjournal/ui/coherence_charts.py" line="242"/>
        <source>No posts yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/coherence_charts.py" line="211"/>
        <source>{value}: expressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/coherence_charts.py" line="213"/>
        <source>{value}: betrayed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/coherence_charts.py" line="230"/>
        <source>Jargon and polish, month by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/coherence_charts.py" line="235"/>
        <source>Flags per 100 words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/coherence_charts.py" line="249"/>
        <source>Jargon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/coherence_charts.py" line="256"/>
        <source>Polish (peacock words)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/coherence_charts.py" line="294"/>
        <source>Words per sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/coherence_charts.py" line="295"/>
        <source>First person (% of words)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/coherence_charts.py" line="296"/>
        <source>Jargon and polish per 100 words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/coherence_charts.py" line="297"/>
        <source>Exclamation marks per sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/coherence_charts.py" line="317"/>
        <source>Your usual voice, and this draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/coherence_charts.py" line="343"/>
        <source>No published posts yet: approve or import some to see your usual voice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/coherence_charts.py" line="346"/>
        <source>Box: the middle half of your last {n} published posts; whiskers: 10% to 90%; line: median.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/coherence_charts.py" line="352"/>
        <source>◆ this draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/coherence_charts.py" line="384"/>
        <source>◆ {value} · percentile {pct}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoherenceDialog</name>
    <message>
        <location filename="../../brandjournal/ui/coherence_view.py" line="45"/>
        <source>Your voice over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/coherence_view.py" line="63"/>
        <source>Posts to include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/coherence_view.py" line="64"/>
        <source>Published posts (approved and exported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/coherence_view.py" line="65"/>
        <source>All drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/coherence_view.py" line="66"/>
        <source>&amp;Include:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/coherence_view.py" line="74"/>
        <source>Reading your posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/coherence_view.py" line="84"/>
        <source>Export as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/coherence_view.py" line="124"/>
        <source>Reading your posts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/coherence_view.py" line="147"/>
        <source>%v of %m posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/coherence_view.py" line="159"/>
        <source>The figures could not be computed ({0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/coherence_view.py" line="189"/>
        <source>No published posts yet: approve a draft or import your past posts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/coherence_view.py" line="190"/>
        <source>No drafts with text yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/coherence_view.py" line="193"/>
        <source>One post, in {month}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/coherence_view.py" line="194"/>
        <source>{count} posts, from {first} to {last}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/coherence_view.py" line="213"/>
        <source>Export the chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/coherence_view.py" line="213"/>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/coherence_view.py" line="222"/>
        <source>values-by-month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/coherence_view.py" line="223"/>
        <source>jargon-by-month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/coherence_view.py" line="224"/>
        <source>voice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftListModel</name>
    <message>
        <location filename="../../brandjournal/ui/draft_list_model.py" line="150"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/draft_list_model.py" line="151"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/draft_list_model.py" line="152"/>
        <source>Platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/draft_list_model.py" line="153"/>
        <source>Last edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/draft_list_model.py" line="154"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/draft_list_model.py" line="182"/>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorPanel</name>
    <message>
        <location filename="../../brandjournal/ui/editor.py" line="80"/>
        <source>Title (for you; not published)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/editor.py" line="81"/>
        <source>Draft title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/editor.py" line="87"/>
        <source>Kind of post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/editor.py" line="92"/>
        <source>Why this post? e.g. share what I learnt leading the migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/editor.py" line="93"/>
        <source>Intention of the post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/editor.py" line="94"/>
        <source>&amp;Intention:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/editor.py" line="99"/>
        <source>Platforms:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/editor.py" line="102"/>
        <source>Publish on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/editor.py" line="107"/>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/editor.py" line="109"/>
        <source>Status of the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/editor.py" line="123"/>
        <source>Draft text (Markdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/editor.py" line="124"/>
        <source>Write your post here, in Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/editor.py" line="134"/>
        <source>Character count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/editor.py" line="206"/>
        <source>%1: %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/editor.py" line="211"/>
        <source>%1 over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/editor.py" line="215"/>
        <source>%1 characters (choose a platform to see its limit)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../brandjournal/ui/errors.py" line="56"/>
        <source>Something went wrong inside BrandJournal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/errors.py" line="58"/>
        <source>Your text is saved automatically. The error (%1) was written to the log without any of your text:
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../brandjournal/ui/export_dialog.py" line="38"/>
        <source>Export “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/export_dialog.py" line="38"/>
        <source>untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/export_dialog.py" line="42"/>
        <location filename="../../brandjournal/ui/export_dialog.py" line="52"/>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/export_dialog.py" line="48"/>
        <location filename="../../brandjournal/ui/export_dialog.py" line="53"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/export_dialog.py" line="49"/>
        <source>Add “why I share this” from the post&apos;s intention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/export_dialog.py" line="60"/>
        <source>Exported text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/export_dialog.py" line="64"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/export_dialog.py" line="65"/>
        <source>Copy the post shown to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/export_dialog.py" line="66"/>
        <source>Save to folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/export_dialog.py" line="125"/>
        <source>Post %1/%2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/export_dialog.py" line="127"/>
        <source>Post (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/export_dialog.py" line="155"/>
        <source>Copied to the clipboard: paste it into %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/export_dialog.py" line="159"/>
        <source>Save the export in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/export_dialog.py" line="167"/>
        <source>File exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/export_dialog.py" line="168"/>
        <source>A file with this name is already in that folder. Keep both (the new one gets “-2”)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/export_dialog.py" line="174"/>
        <source>Saved as %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <location filename="../../brandjournal/ui/filter_view.py" line="237"/>
        <source>Coherence score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/filter_view.py" line="244"/>
        <source>Why this score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/filter_view.py" line="247"/>
        <source>Notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/filter_view.py" line="249"/>
        <source>Analysis status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/filter_view.py" line="264"/>
        <source>Legend of the highlights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/filter_view.py" line="267"/>
        <source>Draft seen through the professional filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/filter_view.py" line="270"/>
        <source>Markdown preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/filter_view.py" line="278"/>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/filter_view.py" line="282"/>
        <source>&amp;Keep this one…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/filter_view.py" line="284"/>
        <source>Dismiss this occurrence on purpose: you give a short reason, it stays dismissed after edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/filter_view.py" line="286"/>
        <source>&amp;Accept this word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/filter_view.py" line="287"/>
        <source>Never flag this word again (your personal accept list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/filter_view.py" line="289"/>
        <source>Kept on purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/filter_view.py" line="290"/>
        <source>Findings you kept on purpose in this draft, with your reasons</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FlagTextView</name>
    <message>
        <location filename="../../brandjournal/ui/filter_view.py" line="150"/>
        <source>Keep « %1 » on purpose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/filter_view.py" line="153"/>
        <source>Accept « %1 » from now on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../brandjournal/ui/history_dialog.py" line="82"/>
        <source>Revision history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/history_dialog.py" line="90"/>
        <source>Revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/history_dialog.py" line="100"/>
        <location filename="../../brandjournal/ui/history_dialog.py" line="103"/>
        <location filename="../../brandjournal/ui/history_dialog.py" line="170"/>
        <source>Selected revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/history_dialog.py" line="102"/>
        <location filename="../../brandjournal/ui/history_dialog.py" line="104"/>
        <source>Current text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/history_dialog.py" line="121"/>
        <source>&amp;Restore this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/history_dialog.py" line="122"/>
        <source>The current text is kept as a revision first: nothing is lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/history_dialog.py" line="153"/>
        <source>No revision kept yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/history_dialog.py" line="165"/>
        <source>%1 — %2% identical to the current text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/history_dialog.py" line="168"/>
        <source>First draft (kept whole)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/history_dialog.py" line="178"/>
        <source>Restore this version?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/history_dialog.py" line="179"/>
        <source>The draft&apos;s text becomes this version. The current text is kept in the history.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalPanel</name>
    <message>
        <location filename="../../brandjournal/ui/journal_panel.py" line="35"/>
        <source>Search the journal (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/journal_panel.py" line="37"/>
        <source>Search the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/journal_panel.py" line="39"/>
        <source>Show drafts with status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/journal_panel.py" line="40"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/journal_panel.py" line="43"/>
        <source>&amp;New draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/journal_panel.py" line="44"/>
        <source>New draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/journal_panel.py" line="48"/>
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
        <location filename="../../brandjournal/ui/main_window.py" line="64"/>
        <location filename="../../brandjournal/ui/main_window.py" line="224"/>
        <location filename="../../brandjournal/ui/main_window.py" line="291"/>
        <source>BrandJournal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="129"/>
        <source>&amp;New draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="131"/>
        <source>&amp;Save a version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="133"/>
        <source>Keep this text as a named version in the history (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="134"/>
        <source>&amp;Delete draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="135"/>
        <source>Revision &amp;history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="136"/>
        <source>&amp;Values and intentions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="137"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="139"/>
        <source>&amp;Search the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="140"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="141"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="146"/>
        <source>&amp;Next finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="147"/>
        <source>Pre&amp;vious finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="148"/>
        <source>Markdown &amp;preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="150"/>
        <source>Show the post rendered instead of the annotated source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="151"/>
        <source>&amp;About BrandJournal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="157"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="165"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="173"/>
        <source>&amp;Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="175"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="177"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="180"/>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="187"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="192"/>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="223"/>
        <source>Choose a draft on the left, or start a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="226"/>
        <source>%1 — BrandJournal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="226"/>
        <location filename="../../brandjournal/ui/main_window.py" line="309"/>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="230"/>
        <location filename="../../brandjournal/ui/main_window.py" line="382"/>
        <source>Analysing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="284"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="289"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="291"/>
        <source>Your last changes could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="312"/>
        <source>Delete this draft?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="313"/>
        <source>“%1” and all its versions will be deleted from your journal. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="339"/>
        <source>Draft deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="345"/>
        <source>Version kept in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="355"/>
        <source>Version restored; the previous text is in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="359"/>
        <source>Editing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="373"/>
        <source>Kept on purpose (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="391"/>
        <source>%1 findings · %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="406"/>
        <source>The analysis failed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="437"/>
        <source>Kept on purpose: « %1 ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="444"/>
        <source>Nothing kept on purpose in this draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="447"/>
        <source>Show again « %1 » (kept: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="465"/>
        <source>« %1 » is now on your accept list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenJournal</name>
    <message>
        <location filename="../../brandjournal/ui/key_dialogs.py" line="113"/>
        <source>The journal could not be unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/key_dialogs.py" line="115"/>
        <source>The key of this journal is missing from your keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/key_dialogs.py" line="117"/>
        <source>This journal is already open in another BrandJournal window or command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/key_dialogs.py" line="121"/>
        <source>This journal was written by a newer version of BrandJournal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/key_dialogs.py" line="122"/>
        <source>The journal could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/key_dialogs.py" line="128"/>
        <source>BrandJournal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/key_dialogs.py" line="162"/>
        <source>Wrong passphrase %1 times: BrandJournal will close. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/key_dialogs.py" line="169"/>
        <source>Wrong passphrase (try %1 of %2). Check Caps Lock and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../brandjournal/ui/key_dialogs.py" line="40"/>
        <source>Choose a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/key_dialogs.py" line="40"/>
        <source>Unlock your journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/key_dialogs.py" line="43"/>
        <source>Your journal is encrypted. Choose a passphrase to protect it: you will need it each time you open BrandJournal, and nobody can recover it for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/key_dialogs.py" line="47"/>
        <source>Your journal is encrypted. Enter its passphrase to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/key_dialogs.py" line="55"/>
        <source>Why a passphrase is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/key_dialogs.py" line="66"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/key_dialogs.py" line="67"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/key_dialogs.py" line="70"/>
        <source>Passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/key_dialogs.py" line="72"/>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/key_dialogs.py" line="93"/>
        <source>Use at least 8 characters; a few unrelated words are easy to remember.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/key_dialogs.py" line="96"/>
        <source>The two passphrases differ.</source>
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
        <location filename="../../brandjournal/ui/filter_view.py" line="184"/>
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
