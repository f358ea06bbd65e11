<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <location filename="../../brandjournal/ui/about.py" line="15"/>
        <source>A private journal that keeps your professional posts true to your values.</source>
        <translation>Un journal privé qui garde vos publications professionnelles fidèles à vos valeurs.</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/about.py" line="19"/>
        <source>Your journal is an encrypted file on this computer. Nothing is sent anywhere.</source>
        <translation>Votre journal est un fichier chiffré sur cet ordinateur. Rien n’est envoyé nulle part.</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/about.py" line="23"/>
        <source>Qt %1 · MIT licence</source>
        <translation>Qt %1 · licence MIT</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/about.py" line="26"/>
        <source>About BrandJournal</source>
        <translation>À propos de BrandJournal</translation>
    </message>
</context>
<context>
    <name>ApproveDialog</name>
    <message>
        <location filename="../../brandjournal/ui/approve_dialog.py" line="47"/>
        <source>Approve “%1”</source>
        <translation>Approuver «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/approve_dialog.py" line="47"/>
        <source>untitled</source>
        <translation>sans titre</translation>
    </message>
    <message numerus="yes">
        <location filename="../../brandjournal/ui/approve_dialog.py" line="51"/>
        <source>%n warning(s) are still open. Fix each one in the editor, or keep it on purpose: say why in a few words. Your reasons are kept with the approved text.</source>
        <translation>
            <numerusform>%n alerte est encore ouverte. Corrigez-la dans l’éditeur, ou gardez-la volontairement&#xa0;: dites pourquoi en quelques mots. Vos raisons sont gardées avec le texte approuvé.</numerusform>
            <numerusform>%n alertes sont encore ouvertes. Corrigez chacune dans l’éditeur, ou gardez-la volontairement&#xa0;: dites pourquoi en quelques mots. Vos raisons sont gardées avec le texte approuvé.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/approve_dialog.py" line="61"/>
        <source>Open warnings</source>
        <translation>Alertes ouvertes</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/approve_dialog.py" line="62"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/approve_dialog.py" line="62"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/approve_dialog.py" line="62"/>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/approve_dialog.py" line="62"/>
        <source>Your reason</source>
        <translation>Votre raison</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/approve_dialog.py" line="79"/>
        <source>why it is right here</source>
        <translation>pourquoi c’est juste ici</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/approve_dialog.py" line="80"/>
        <source>Reason for warning %1</source>
        <translation>Raison pour l’alerte %1</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/approve_dialog.py" line="88"/>
        <source>Fix in the editor</source>
        <translation>Corriger dans l’éditeur</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/approve_dialog.py" line="89"/>
        <source>Close this and select the warning&apos;s text in the editor</source>
        <translation>Fermer et sélectionner le texte de l’alerte dans l’éditeur</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/approve_dialog.py" line="90"/>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
</context>
<context>
    <name>CoherenceCharts</name>
    <message>
        <location filename="../../brandjournal/ui/coherence_charts.py" line="211"/>
        <source>Your values, month by month</source>
        <translation>Vos valeurs, mois par mois</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/coherence_charts.py" line="218"/>
        <source>Times: expressed ↑ betrayed ↓</source>
        <translation>Fois&#xa0;: exprimée ↑ trahie ↓</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/coherence_charts.py" line="219"/>
        <location filename="../../brandjournal/ui/coherence_charts.py" line="276"/>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/coherence_charts.py" line="227"/>
        <source>No values yet: add them in Values and intentions.</source>
        <translation>Aucune valeur pour l’instant&#xa0;: ajoutez-les dans Valeurs et intentions.</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/coherence_charts.py" line="229"/>
        <location filename="../../brandjournal/ui/coherence_charts.py" line="282"/>
        <source>No posts yet.</source>
        <translation>Aucune publication pour l’instant.</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/coherence_charts.py" line="251"/>
        <source>{value}: expressed</source>
        <translation>{value}&#xa0;: exprimée</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/coherence_charts.py" line="253"/>
        <source>{value}: betrayed</source>
        <translation>{value}&#xa0;: trahie</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/coherence_charts.py" line="270"/>
        <source>Jargon and polish, month by month</source>
        <translation>Jargon et vernis, mois par mois</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/coherence_charts.py" line="275"/>
        <source>Flags per 100 words</source>
        <translation>Signalements pour 100 mots</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/coherence_charts.py" line="289"/>
        <source>Jargon</source>
        <translation>Jargon</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/coherence_charts.py" line="296"/>
        <source>Polish (peacock words)</source>
        <translation>Vernis (mots flatteurs)</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/coherence_charts.py" line="334"/>
        <source>Words per sentence</source>
        <translation>Mots par phrase</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/coherence_charts.py" line="335"/>
        <source>First person (% of words)</source>
        <translation>Première personne (% des mots)</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/coherence_charts.py" line="336"/>
        <source>Jargon and polish per 100 words</source>
        <translation>Jargon et vernis pour 100 mots</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/coherence_charts.py" line="337"/>
        <source>Exclamation marks per sentence</source>
        <translation>Points d’exclamation par phrase</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/coherence_charts.py" line="357"/>
        <source>Your usual voice, and this draft</source>
        <translation>Votre voix habituelle, et ce brouillon</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/coherence_charts.py" line="383"/>
        <source>No published posts yet: approve or import some to see your usual voice.</source>
        <translation>Aucune publication pour l’instant&#xa0;: approuvez-en ou importez-en pour voir votre voix habituelle.</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/coherence_charts.py" line="386"/>
        <source>Box: the middle half of your last {n} published posts; whiskers: 10% to 90%; line: median.</source>
        <translation>Boîte&#xa0;: la moitié centrale de vos {n} dernières publications&#xa0;; moustaches&#xa0;: 10&#xa0;% à 90&#xa0;%&#xa0;; trait&#xa0;: médiane.</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/coherence_charts.py" line="392"/>
        <source>◆ this draft.</source>
        <translation>◆ ce brouillon.</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/coherence_charts.py" line="424"/>
        <source>◆ {value} · percentile {pct}</source>
        <translation>◆ {value} · centile {pct}</translation>
    </message>
</context>
<context>
    <name>CoherenceDialog</name>
    <message>
        <location filename="../../brandjournal/ui/coherence_view.py" line="52"/>
        <source>Your voice over time</source>
        <translation>Votre voix dans le temps</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/coherence_view.py" line="72"/>
        <source>Posts to include</source>
        <translation>Publications à inclure</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/coherence_view.py" line="73"/>
        <source>Published posts (approved and exported)</source>
        <translation>Publications publiées (approuvées et exportées)</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/coherence_view.py" line="74"/>
        <source>All drafts</source>
        <translation>Tous les brouillons</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/coherence_view.py" line="75"/>
        <source>&amp;Include:</source>
        <translation>&amp;Inclure&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/coherence_view.py" line="83"/>
        <source>Reading your posts</source>
        <translation>Lecture de vos publications</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/coherence_view.py" line="93"/>
        <source>Export as PNG…</source>
        <translation>Exporter en PNG…</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/coherence_view.py" line="133"/>
        <source>Reading your posts…</source>
        <translation>Lecture de vos publications…</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/coherence_view.py" line="165"/>
        <source>%v of %m posts</source>
        <translation>%v publications sur %m</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/coherence_view.py" line="181"/>
        <source>The figures could not be computed ({0}).</source>
        <translation>Les chiffres n’ont pas pu être calculés ({0}).</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/coherence_view.py" line="217"/>
        <source>No published posts yet: approve a draft or import your past posts.</source>
        <translation>Aucune publication pour l’instant&#xa0;: approuvez un brouillon ou importez vos anciennes publications.</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/coherence_view.py" line="218"/>
        <source>No drafts with text yet.</source>
        <translation>Aucun brouillon avec du texte pour l’instant.</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/coherence_view.py" line="221"/>
        <source>One post, in {month}.</source>
        <translation>Une publication, en {month}.</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/coherence_view.py" line="222"/>
        <source>{count} posts, from {first} to {last}.</source>
        <translation>{count} publications, de {first} à {last}.</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/coherence_view.py" line="241"/>
        <source>Export the chart as PNG</source>
        <translation>Exporter le graphique en PNG</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/coherence_view.py" line="241"/>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/coherence_view.py" line="250"/>
        <source>values-by-month</source>
        <translation>valeurs-par-mois</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/coherence_view.py" line="251"/>
        <source>jargon-by-month</source>
        <translation>jargon-par-mois</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/coherence_view.py" line="252"/>
        <source>voice</source>
        <translation>voix</translation>
    </message>
</context>
<context>
    <name>DraftListModel</name>
    <message>
        <location filename="../../brandjournal/ui/draft_list_model.py" line="164"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/draft_list_model.py" line="165"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/draft_list_model.py" line="166"/>
        <source>Platforms</source>
        <translation>Plateformes</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/draft_list_model.py" line="167"/>
        <source>Last edit</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/draft_list_model.py" line="168"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/draft_list_model.py" line="196"/>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
</context>
<context>
    <name>EditorPanel</name>
    <message>
        <location filename="../../brandjournal/ui/editor.py" line="81"/>
        <source>Title (for you; not published)</source>
        <translation>Titre (pour vous, non publié)</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/editor.py" line="82"/>
        <source>Draft title</source>
        <translation>Titre du brouillon</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/editor.py" line="88"/>
        <source>Kind of post</source>
        <translation>Type de publication</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/editor.py" line="93"/>
        <source>Why this post? e.g. share what I learnt leading the migration</source>
        <translation>Pourquoi cette publication&#xa0;? ex. partager ce que j’ai appris en menant la migration</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/editor.py" line="94"/>
        <source>Intention of the post</source>
        <translation>Intention de la publication</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/editor.py" line="95"/>
        <source>&amp;Intention:</source>
        <translation>&amp;Intention&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/editor.py" line="100"/>
        <source>Platforms:</source>
        <translation>Plateformes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/editor.py" line="103"/>
        <source>Publish on %1</source>
        <translation>Publier sur %1</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/editor.py" line="108"/>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatut&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/editor.py" line="110"/>
        <source>Status of the draft</source>
        <translation>Statut du brouillon</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/editor.py" line="124"/>
        <source>Draft text (Markdown)</source>
        <translation>Texte du brouillon (Markdown)</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/editor.py" line="125"/>
        <source>Write your post here, in Markdown…</source>
        <translation>Écrivez votre publication ici, en Markdown…</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/editor.py" line="135"/>
        <source>Character count</source>
        <translation>Nombre de caractères</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/editor.py" line="211"/>
        <source>%1: %2 characters</source>
        <translation>%1&#xa0;: %2 caractères</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/editor.py" line="216"/>
        <source>%1 over</source>
        <translation>%1 de trop</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/editor.py" line="220"/>
        <source>%1 characters (choose a platform to see its limit)</source>
        <translation>%1 caractères (choisissez une plateforme pour voir sa limite)</translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="71"/>
        <source>The journal is damaged.</source>
        <translation>Le journal est endommagé.</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="73"/>
        <source>This draft is no longer in the journal.</source>
        <translation>Ce brouillon n’est plus dans le journal.</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="75"/>
        <source>This is not possible for this post.</source>
        <translation>Ce n’est pas possible pour ce post.</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="124"/>
        <source>Could not open the journal %1: the passphrase is wrong, or the file is damaged or not a BrandJournal journal. Nothing was changed.</source>
        <translation>Impossible d’ouvrir le journal %1&#xa0;: la phrase secrète est erronée, ou le fichier est endommagé ou n’est pas un journal BrandJournal. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="130"/>
        <source>Could not open the journal %1: the key from the keychain does not match, or the file is damaged or not a BrandJournal journal. Nothing was changed.</source>
        <translation>Impossible d’ouvrir le journal %1&#xa0;: la clé du trousseau ne correspond pas, ou le fichier est endommagé ou n’est pas un journal BrandJournal. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="138"/>
        <source>Choose a passphrase to protect the journal %1 (or pass --passphrase-file FILE).</source>
        <translation>Choisissez une phrase secrète pour protéger le journal %1 (ou passez --passphrase-file FICHIER).</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="142"/>
        <source>Enter the passphrase of the journal %1 (or pass --passphrase-file FILE).</source>
        <translation>Saisissez la phrase secrète du journal %1 (ou passez --passphrase-file FICHIER).</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="147"/>
        <source>The keychain has no key for the journal %1 (service &apos;brandjournal&apos;, entry &apos;%2&apos;). Without it the journal cannot be decrypted. Restore the entry in your keychain (or from a keychain backup), or open another journal. The journal file was not changed.</source>
        <translation>Le trousseau n’a aucune clé pour le journal %1 (service «&#xa0;brandjournal&#xa0;», entrée «&#xa0;%2&#xa0;»). Sans elle, le journal ne peut pas être déchiffré. Restaurez l’entrée dans votre trousseau (ou depuis une sauvegarde du trousseau), ou ouvrez un autre journal. Le fichier du journal n’a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="155"/>
        <source>The journal %1 was written by a newer BrandJournal (schema %2). Update BrandJournal to open it; the file was not changed.</source>
        <translation>Le journal %1 a été écrit par une version plus récente de BrandJournal (schéma %2). Mettez BrandJournal à jour pour l’ouvrir&#xa0;; le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="163"/>
        <source>The journal %1 is already open in another BrandJournal window or command (%2). Close it first, or open another journal with --journal PATH.</source>
        <translation>Le journal %1 est déjà ouvert dans une autre fenêtre ou commande BrandJournal (%2). Fermez-la d’abord, ou ouvrez un autre journal avec --journal CHEMIN.</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="169"/>
        <source>The journal %1 is already open in another BrandJournal window or command. Close it first, or open another journal with --journal PATH.</source>
        <translation>Le journal %1 est déjà ouvert dans une autre fenêtre ou commande BrandJournal. Fermez-la d’abord, ou ouvrez un autre journal avec --journal CHEMIN.</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="176"/>
        <source>There is no draft with id %1 in this journal.</source>
        <translation>Ce journal n’a pas de brouillon numéro %1.</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="181"/>
        <source>The journal %1 is damaged (%2). It was not modified. Restore the latest backup (menu File &gt; Restore from backup, or `brandjournal restore --latest`); the damaged file is kept aside.</source>
        <translation>Le journal %1 est endommagé. Il n’a pas été modifié. Restaurez la dernière sauvegarde (menu Fichier &gt; Restaurer une sauvegarde, ou `brandjournal restore --latest`)&#xa0;; le fichier endommagé est mis de côté.</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="188"/>
        <source>The journal %1 is damaged. It was not modified. Restore the latest backup (menu File &gt; Restore from backup, or `brandjournal restore --latest`); the damaged file is kept aside.</source>
        <translation>Le journal %1 est endommagé. Il n’a pas été modifié. Restaurez la dernière sauvegarde (menu Fichier &gt; Restaurer une sauvegarde, ou `brandjournal restore --latest`)&#xa0;; le fichier endommagé est mis de côté.</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="195"/>
        <source>Draft %1 has %2 open warning(s): fix each one or keep it with a reason.</source>
        <translation>Le brouillon %1 a encore des avertissements ouverts (%2)&#xa0;: corrigez chacun ou gardez-le avec une raison.</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="202"/>
        <source>untitled</source>
        <translation>sans titre</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="204"/>
        <source>Only approved posts can be exported; not approved: %1.</source>
        <translation>Seuls les posts approuvés sont exportés&#xa0;; non approuvés&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="222"/>
        <source>an unexpected storage error</source>
        <translation>une erreur de stockage inattendue</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="232"/>
        <source>The file %1 could not be written or read: %2.</source>
        <translation>Le fichier %1 n’a pas pu être écrit ou lu&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="234"/>
        <source>The system refused the operation: %1.</source>
        <translation>Le système a refusé l’opération&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="241"/>
        <source>the file or folder does not exist</source>
        <translation>le fichier ou le dossier n’existe pas</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="243"/>
        <source>permission denied</source>
        <translation>accès refusé</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="245"/>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="247"/>
        <source>the disk is read-only</source>
        <translation>le disque est en lecture seule</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="249"/>
        <source>it is a folder, not a file</source>
        <translation>c’est un dossier, pas un fichier</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="251"/>
        <source>part of the path is not a folder</source>
        <translation>une partie du chemin n’est pas un dossier</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="253"/>
        <source>a file with this name already exists</source>
        <translation>un fichier de ce nom existe déjà</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="255"/>
        <source>the disk reported a read or write error</source>
        <translation>le disque a signalé une erreur de lecture ou d’écriture</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="257"/>
        <source>system error %1</source>
        <translation>erreur système %1</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="265"/>
        <source>BrandJournal could not do this. The technical details are below, in English.</source>
        <translation>BrandJournal n’a pas pu le faire. Le détail technique est ci-dessous, en anglais.</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="317"/>
        <source>There is no journal at %1.</source>
        <translation>Il n’y a pas de journal à l’emplacement %1.</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="326"/>
        <source>There is no backup file at %1.</source>
        <translation>Il n’y a pas de fichier de sauvegarde à l’emplacement %1.</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="329"/>
        <source>The backup %1 is damaged (%2). Choose another backup; nothing was changed.</source>
        <translation>La sauvegarde %1 est endommagée (%2). Choisissez une autre sauvegarde&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="335"/>
        <source>The file %1 is not a BrandJournal journal.</source>
        <translation>Le fichier %1 n’est pas un journal BrandJournal.</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="347"/>
        <source>Could not read the passphrase file %1: %2.</source>
        <translation>Impossible de lire le fichier de phrase secrète %1&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="349"/>
        <source>Could not read the passphrase file %1.</source>
        <translation>Impossible de lire le fichier de phrase secrète %1.</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="353"/>
        <source>The passphrase file %1 is empty.</source>
        <translation>Le fichier de phrase secrète %1 est vide.</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="537"/>
        <source>boost</source>
        <translation>partage (boost)</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="539"/>
        <source>direct message</source>
        <translation>message privé</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="541"/>
        <source>reply to someone else</source>
        <translation>réponse à quelqu’un d’autre</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="339"/>
        <source>A passphrase cannot be empty or contain NUL characters.</source>
        <translation>Une phrase secrète ne peut pas être vide ni contenir de caractère NUL.</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="319"/>
        <source>The journal is closed.</source>
        <translation>Le journal est fermé.</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="321"/>
        <source>The journal is still being opened: try again in a moment.</source>
        <translation>Le journal est encore en cours d’ouverture&#xa0;: réessayez dans un instant.</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="356"/>
        <source>This journal&apos;s key is in the keychain: there is no passphrase to change.</source>
        <translation>La clé de ce journal est dans le trousseau&#xa0;: il n’y a pas de phrase secrète à changer.</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="361"/>
        <source>There is no revision with id %1.</source>
        <translation>Il n’y a pas de version numéro %1.</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="364"/>
        <source>Revision %1 does not belong to draft %2.</source>
        <translation>La version %1 n’appartient pas au brouillon %2.</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="367"/>
        <source>An acknowledgement needs a reason.</source>
        <translation>Garder un avertissement demande une raison.</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="369"/>
        <source>Every warning kept needs a reason.</source>
        <translation>Chaque avertissement gardé demande une raison.</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="380"/>
        <source>A post cannot go from %1 to %2 (use Approve).</source>
        <translation>Un post ne peut pas passer de «&#xa0;%1&#xa0;» à «&#xa0;%2&#xa0;» (utilisez Approuver).</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="383"/>
        <source>A post cannot go from %1 to %2 (use Export).</source>
        <translation>Un post ne peut pas passer de «&#xa0;%1&#xa0;» à «&#xa0;%2&#xa0;» (utilisez Exporter).</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="391"/>
        <source>A post cannot go from %1 to %2.</source>
        <translation>Un post ne peut pas passer de «&#xa0;%1&#xa0;» à «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="386"/>
        <source>Draft %1 is %2: only ideas, drafts and posts in review are approved.</source>
        <translation>Le brouillon %1 est à l’état «&#xa0;%2&#xa0;»&#xa0;: seuls les idées, les brouillons et les posts en relecture sont approuvés.</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="402"/>
        <source>cannot tell what kind of export %1 is: expected a LinkedIn Shares.csv, a Mastodon outbox.json or archive .zip, or a folder of Markdown/text files</source>
        <translation>impossible de savoir quel type d’export est %1&#xa0;: BrandJournal attend un Shares.csv de LinkedIn, un outbox.json ou une archive .zip de Mastodon, ou un dossier de fichiers Markdown ou texte</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="409"/>
        <source>unknown format %1: choose one of %2</source>
        <translation>format inconnu %1&#xa0;: choisissez parmi %2</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="412"/>
        <source>no such file or folder: %1</source>
        <translation>fichier ou dossier introuvable&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="414"/>
        <source>cannot read %1 (%2)</source>
        <translation>impossible de lire %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="417"/>
        <source>%1 is a .zip with neither outbox.json (Mastodon) nor Shares.csv (LinkedIn)</source>
        <translation>%1 est un .zip qui ne contient ni outbox.json (Mastodon) ni Shares.csv (LinkedIn)</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="422"/>
        <source>%1 is a folder; a %2 export is a file</source>
        <translation>%1 est un dossier&#xa0;; un export %2 est un fichier</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="425"/>
        <source>%1 is larger than 1 GiB: not a LinkedIn export</source>
        <translation>%1 dépasse 1 Gio&#xa0;: ce n’est pas un export LinkedIn</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="428"/>
        <source>this is not a LinkedIn Shares.csv (it contains NUL bytes: a binary file?)</source>
        <translation>ce n’est pas un Shares.csv de LinkedIn (il contient des octets NUL&#xa0;: un fichier binaire&#xa0;?)</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="432"/>
        <source>the file is empty: no LinkedIn Shares.csv header</source>
        <translation>le fichier est vide&#xa0;: pas d’en-tête de Shares.csv LinkedIn</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="434"/>
        <source>this is not a LinkedIn Shares.csv (its header cannot be read)</source>
        <translation>ce n’est pas un Shares.csv de LinkedIn (son en-tête est illisible)</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="439"/>
        <source>this is not a LinkedIn Shares.csv (the header needs the columns Date and ShareCommentary)</source>
        <translation>ce n’est pas un Shares.csv de LinkedIn (l’en-tête doit contenir les colonnes Date et ShareCommentary)</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="444"/>
        <source>this .zip file cannot be read (damaged or not a .zip)</source>
        <translation>ce fichier .zip est illisible (endommagé ou pas un .zip)</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="447"/>
        <source>this .zip file has no %1 in it</source>
        <translation>ce fichier .zip ne contient pas de %1</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="450"/>
        <source>%1 in this .zip file is larger than 1 GiB</source>
        <translation>%1 dépasse 1 Gio dans ce fichier .zip</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="453"/>
        <source>this is not a Mastodon outbox.json (not UTF-8 at byte %1)</source>
        <translation>ce n’est pas un outbox.json de Mastodon (pas de l’UTF-8 à l’octet %1)</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="458"/>
        <source>this is not a Mastodon outbox.json (invalid JSON at line %1, column %2)</source>
        <translation>ce n’est pas un outbox.json de Mastodon (JSON invalide ligne %1, colonne %2)</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="463"/>
        <source>this is not a Mastodon outbox.json (JSON nested too deeply)</source>
        <translation>ce n’est pas un outbox.json de Mastodon (JSON imbriqué trop profondément)</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="467"/>
        <source>this is not a Mastodon outbox.json (no orderedItems list)</source>
        <translation>ce n’est pas un outbox.json de Mastodon (pas de liste orderedItems)</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="471"/>
        <location filename="../../brandjournal/ui/error_messages.py" line="523"/>
        <source>unreadable HTML</source>
        <translation>HTML illisible</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="479"/>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="481"/>
        <source>item %1</source>
        <translation>élément %1</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="486"/>
        <source>not imported</source>
        <translation>non importé</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="490"/>
        <source>%1: %2</source>
        <comment>where a record was: why it was left out</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="500"/>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="502"/>
        <source>no date</source>
        <translation>sans date</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="506"/>
        <source>bad date %1 in the front matter</source>
        <translation>date invalide %1 dans l’en-tête (front matter)</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="504"/>
        <source>bad date %1</source>
        <translation>date invalide %1</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="508"/>
        <source>not UTF-8 text</source>
        <translation>texte qui n’est pas en UTF-8</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="510"/>
        <source>not UTF-8 text (invalid byte at offset %1)</source>
        <translation>texte qui n’est pas en UTF-8 (octet invalide à la position %1)</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="513"/>
        <source>unreadable CSV record</source>
        <translation>enregistrement CSV illisible</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="515"/>
        <source>contains NUL bytes: a binary file, not a post</source>
        <translation>contient des octets NUL&#xa0;: un fichier binaire, pas un post</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="517"/>
        <source>larger than 10 MB: probably not a post</source>
        <translation>plus de 10 Mo&#xa0;: probablement pas un post</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="519"/>
        <source>cannot read (%1)</source>
        <translation>illisible (%1)</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="521"/>
        <source>unreadable front matter</source>
        <translation>en-tête (front matter) illisible</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="525"/>
        <source>broken item (not an activity)</source>
        <translation>élément cassé (pas une activité)</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="527"/>
        <source>broken item (no object with the post in it)</source>
        <translation>élément cassé (aucun objet contenant le post)</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="529"/>
        <source>broken item (no text content)</source>
        <translation>élément cassé (pas de texte)</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="531"/>
        <source>not a post (type %1)</source>
        <translation>pas un post (type %1)</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="533"/>
        <source>text that is not valid Unicode (an escaped half of a character)</source>
        <translation>texte qui n’est pas de l’Unicode valide (une moitié de caractère échappée)</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../brandjournal/ui/errors.py" line="76"/>
        <source>Something went wrong inside BrandJournal.</source>
        <translation>Une erreur inattendue s’est produite dans BrandJournal.</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/errors.py" line="78"/>
        <source>Your text is saved automatically. The error (%1) was written to the log without any of your text:
%2</source>
        <translation>Votre texte est enregistré automatiquement. L’erreur (%1) a été consignée dans le journal technique, sans rien de votre texte&#xa0;:
%2</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../brandjournal/ui/export_dialog.py" line="39"/>
        <source>Export “%1”</source>
        <translation>Exporter «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/export_dialog.py" line="39"/>
        <source>untitled</source>
        <translation>sans titre</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/export_dialog.py" line="43"/>
        <location filename="../../brandjournal/ui/export_dialog.py" line="53"/>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/export_dialog.py" line="49"/>
        <location filename="../../brandjournal/ui/export_dialog.py" line="54"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/export_dialog.py" line="50"/>
        <source>Add “why I share this” from the post&apos;s intention</source>
        <translation>Ajouter «&#xa0;pourquoi je partage ceci&#xa0;» depuis l’intention de la publication</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/export_dialog.py" line="61"/>
        <source>Exported text</source>
        <translation>Texte exporté</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/export_dialog.py" line="65"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/export_dialog.py" line="66"/>
        <source>Copy the post shown to the clipboard</source>
        <translation>Copier la publication affichée dans le presse-papiers</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/export_dialog.py" line="67"/>
        <source>Save to folder…</source>
        <translation>Enregistrer dans un dossier…</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/export_dialog.py" line="126"/>
        <source>Post %1/%2 (%3)</source>
        <translation>Publication %1/%2 (%3)</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/export_dialog.py" line="128"/>
        <source>Post (%3)</source>
        <translation>Publication (%3)</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/export_dialog.py" line="156"/>
        <source>Copied to the clipboard: paste it into %1.</source>
        <translation>Copié dans le presse-papiers&#xa0;: collez-le dans %1.</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/export_dialog.py" line="160"/>
        <source>Save the export in</source>
        <translation>Enregistrer l’export dans</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/export_dialog.py" line="169"/>
        <source>File exists</source>
        <translation>Le fichier existe</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/export_dialog.py" line="170"/>
        <source>A file with this name is already in that folder. Keep both (the new one gets “-2”)?</source>
        <translation>Un fichier de ce nom existe déjà dans ce dossier. Garder les deux (le nouveau reçoit «&#xa0;-2&#xa0;»)&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/export_dialog.py" line="177"/>
        <source>The export could not be saved in %1.</source>
        <translation>L’export n’a pas pu être enregistré dans %1.</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/export_dialog.py" line="179"/>
        <source>Saved as %1</source>
        <translation>Enregistré sous %1</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <location filename="../../brandjournal/ui/filter_view.py" line="395"/>
        <source>Coherence score</source>
        <translation>Score de cohérence</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/filter_view.py" line="402"/>
        <source>Why this score</source>
        <translation>Pourquoi ce score</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/filter_view.py" line="405"/>
        <source>Notices</source>
        <translation>Avis</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/filter_view.py" line="407"/>
        <source>Analysis status</source>
        <translation>État de l’analyse</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/filter_view.py" line="422"/>
        <source>Legend of the highlights</source>
        <translation>Légende des surlignages</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/filter_view.py" line="425"/>
        <source>Draft seen through the professional filter</source>
        <translation>Le brouillon vu par le filtre professionnel</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/filter_view.py" line="428"/>
        <source>Markdown preview</source>
        <translation>Aperçu Markdown</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/filter_view.py" line="436"/>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/filter_view.py" line="445"/>
        <source>&amp;Keep this one…</source>
        <translation>&amp;Garder celui-ci…</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/filter_view.py" line="447"/>
        <source>Dismiss this occurrence on purpose: you give a short reason, it stays dismissed after edits</source>
        <translation>Garder cette occurrence volontairement&#xa0;: vous donnez une courte raison, elle reste écartée après vos modifications</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/filter_view.py" line="449"/>
        <source>&amp;Accept this word</source>
        <translation>&amp;Accepter ce mot</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/filter_view.py" line="450"/>
        <source>Never flag this word again (your personal accept list)</source>
        <translation>Ne plus jamais signaler ce mot (votre liste personnelle)</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/filter_view.py" line="452"/>
        <source>Kept on purpose</source>
        <translation>Gardés volontairement</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/filter_view.py" line="453"/>
        <source>Findings you kept on purpose in this draft, with your reasons</source>
        <translation>Les constats gardés volontairement dans ce brouillon, avec vos raisons</translation>
    </message>
</context>
<context>
    <name>FlagTextView</name>
    <message>
        <location filename="../../brandjournal/ui/filter_view.py" line="308"/>
        <source>Keep « %1 » on purpose…</source>
        <translation>Garder «&#xa0;%1&#xa0;» volontairement…</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/filter_view.py" line="311"/>
        <source>Accept « %1 » from now on</source>
        <translation>Accepter «&#xa0;%1&#xa0;» désormais</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../brandjournal/ui/history_dialog.py" line="83"/>
        <source>Revision history</source>
        <translation>Historique des versions</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/history_dialog.py" line="91"/>
        <source>Revisions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/history_dialog.py" line="101"/>
        <location filename="../../brandjournal/ui/history_dialog.py" line="104"/>
        <location filename="../../brandjournal/ui/history_dialog.py" line="193"/>
        <source>Selected revision</source>
        <translation>Version choisie</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/history_dialog.py" line="103"/>
        <location filename="../../brandjournal/ui/history_dialog.py" line="105"/>
        <source>Current text</source>
        <translation>Texte actuel</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/history_dialog.py" line="122"/>
        <source>&amp;Restore this version</source>
        <translation>&amp;Restaurer cette version</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/history_dialog.py" line="123"/>
        <source>The current text is kept as a revision first: nothing is lost</source>
        <translation>Le texte actuel est d’abord gardé comme version&#xa0;: rien n’est perdu</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/history_dialog.py" line="134"/>
        <source>Warnings kept on purpose</source>
        <translation>Alertes gardées volontairement</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/history_dialog.py" line="138"/>
        <source>Warnings kept on purpose, with your reasons</source>
        <translation>Alertes gardées volontairement, avec vos raisons</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/history_dialog.py" line="158"/>
        <source> (at approval)</source>
        <translation> (à l&apos;approbation)</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/history_dialog.py" line="176"/>
        <source>No revision kept yet.</source>
        <translation>Aucune version gardée pour l’instant.</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/history_dialog.py" line="188"/>
        <source>%1 — %2% identical to the current text</source>
        <translation>%1 — identique à %2&#xa0;% au texte actuel</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/history_dialog.py" line="191"/>
        <source>First draft (kept whole)</source>
        <translation>Premier jet (gardé intact)</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/history_dialog.py" line="201"/>
        <source>Restore this version?</source>
        <translation>Restaurer cette version&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/history_dialog.py" line="202"/>
        <source>The draft&apos;s text becomes this version. The current text is kept in the history.</source>
        <translation>Le texte du brouillon devient cette version. Le texte actuel est gardé dans l’historique.</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/history_dialog.py" line="212"/>
        <source>This version could not be restored.</source>
        <translation>Cette version n’a pas pu être restaurée.</translation>
    </message>
</context>
<context>
    <name>JournalActions</name>
    <message>
        <location filename="../../brandjournal/ui/journal_actions.py" line="55"/>
        <source>Import a folder of Markdown or text posts</source>
        <translation>Importer un dossier de publications Markdown ou texte</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/journal_actions.py" line="60"/>
        <source>Import past posts</source>
        <translation>Importer d&apos;anciennes publications</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/journal_actions.py" line="62"/>
        <source>Archives (Shares.csv *.csv outbox.json *.json *.zip);;All files (*)</source>
        <translation>Archives (Shares.csv *.csv outbox.json *.json *.zip);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/journal_actions.py" line="70"/>
        <source>Importing your past posts…</source>
        <translation>Import de vos anciennes publications…</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/journal_actions.py" line="87"/>
        <source>Imported: %1</source>
        <translation>Importées : %1</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/journal_actions.py" line="90"/>
        <source>Skipped as duplicates: %1</source>
        <translation>Ignorées (doublons) : %1</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/journal_actions.py" line="93"/>
        <source>Rejected: %1</source>
        <translation>Rejetées : %1</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/journal_actions.py" line="116"/>
        <source>Import failed</source>
        <translation>Échec de l&apos;import</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/journal_actions.py" line="118"/>
        <source>Nothing was imported from %1: %2.</source>
        <translation>Rien n’a été importé depuis %1&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/journal_actions.py" line="126"/>
        <source>Import finished</source>
        <translation>Import terminé</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/journal_actions.py" line="143"/>
        <source>The backup could not be written to %1: %2.</source>
        <translation>La sauvegarde n’a pas pu être écrite dans %1&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/journal_actions.py" line="149"/>
        <source>Backup failed</source>
        <translation>Échec de la sauvegarde</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/journal_actions.py" line="156"/>
        <source>Backup made</source>
        <translation>Sauvegarde faite</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/journal_actions.py" line="157"/>
        <source>An encrypted copy of your journal was saved as:
%1</source>
        <translation>Une copie chiffrée de votre journal a été enregistrée ici :
%1</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/journal_actions.py" line="170"/>
        <location filename="../../brandjournal/ui/journal_actions.py" line="178"/>
        <source>Restore from backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/journal_actions.py" line="172"/>
        <source>Backups (*.db)</source>
        <translation>Sauvegardes (*.db)</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/journal_actions.py" line="179"/>
        <source>Replace the journal with this backup? Your current journal is kept aside next to it, never deleted. BrandJournal restarts.</source>
        <translation>Remplacer le journal par cette sauvegarde ? Votre journal actuel est mis de côté à côté, jamais supprimé. BrandJournal redémarre.</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/journal_actions.py" line="197"/>
        <source>Restore failed</source>
        <translation>Échec de la restauration</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/journal_actions.py" line="150"/>
        <location filename="../../brandjournal/ui/journal_actions.py" line="198"/>
        <source>Your journal was not changed.</source>
        <translation>Votre journal n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/journal_actions.py" line="203"/>
        <source>Restored</source>
        <translation>Restauré</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/journal_actions.py" line="204"/>
        <source>The backup is in place. The previous journal was kept as:
%1</source>
        <translation>La sauvegarde est en place. L&apos;ancien journal a été conservé ici :
%1</translation>
    </message>
</context>
<context>
    <name>JournalPanel</name>
    <message>
        <location filename="../../brandjournal/ui/journal_panel.py" line="39"/>
        <source>Search the journal (Ctrl+F)</source>
        <translation>Chercher dans le journal (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/journal_panel.py" line="41"/>
        <source>Search the journal</source>
        <translation>Chercher dans le journal</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/journal_panel.py" line="43"/>
        <source>Show drafts with status</source>
        <translation>Afficher les brouillons au statut</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/journal_panel.py" line="44"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/journal_panel.py" line="47"/>
        <source>&amp;New draft</source>
        <translation>&amp;Nouveau brouillon</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/journal_panel.py" line="48"/>
        <source>New draft</source>
        <translation>Nouveau brouillon</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/journal_panel.py" line="52"/>
        <source>Drafts</source>
        <translation>Brouillons</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../brandjournal/ui/labels.py" line="12"/>
        <source>Value expressed</source>
        <translation>Valeur exprimée</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/labels.py" line="13"/>
        <source>Value betrayed</source>
        <translation>Valeur trahie</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/labels.py" line="14"/>
        <source>Corporate jargon</source>
        <translation>Jargon d’entreprise</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/labels.py" line="15"/>
        <source>Hedging</source>
        <translation>Précautions</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/labels.py" line="16"/>
        <source>Empty polish</source>
        <translation>Vernis creux</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/labels.py" line="17"/>
        <source>Off intention</source>
        <translation>Hors intention</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/labels.py" line="18"/>
        <source>Voice lost</source>
        <translation>Voix perdue</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/labels.py" line="24"/>
        <source>Idea</source>
        <translation>Idée</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/labels.py" line="25"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/labels.py" line="26"/>
        <source>In review</source>
        <translation>En relecture</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/labels.py" line="27"/>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/labels.py" line="28"/>
        <source>Exported</source>
        <translation>Exporté</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/labels.py" line="29"/>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/labels.py" line="35"/>
        <source>(not said)</source>
        <translation>(non précisé)</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/labels.py" line="37"/>
        <source>Share an experience</source>
        <translation>Partager une expérience</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/labels.py" line="38"/>
        <source>Inform</source>
        <translation>Informer</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/labels.py" line="39"/>
        <source>Celebrate others</source>
        <translation>Saluer d’autres personnes</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/labels.py" line="40"/>
        <source>Ask for help or opinions</source>
        <translation>Demander de l’aide ou des avis</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/labels.py" line="41"/>
        <source>Announce</source>
        <translation>Annoncer</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/labels.py" line="42"/>
        <source>Promote, sell or hire</source>
        <translation>Promouvoir, vendre ou recruter</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/labels.py" line="57"/>
        <source>Blog</source>
        <translation>Blog</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/labels.py" line="63"/>
        <source>First draft</source>
        <translation>Premier jet</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/labels.py" line="64"/>
        <source>Autosave</source>
        <translation>Enregistrement auto</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/labels.py" line="65"/>
        <source>Saved version</source>
        <translation>Version gardée</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/labels.py" line="66"/>
        <source>Approved text</source>
        <translation>Texte approuvé</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/labels.py" line="67"/>
        <source>Imported</source>
        <translation>Importé</translation>
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
        <translation>BrandJournal</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="188"/>
        <source>&amp;New draft</source>
        <translation>&amp;Nouveau brouillon</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="190"/>
        <source>&amp;Save a version</source>
        <translation>&amp;Garder une version</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="192"/>
        <source>Keep this text as a named version in the history (Ctrl+S)</source>
        <translation>Garder ce texte comme version dans l’historique (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="193"/>
        <source>&amp;Delete draft…</source>
        <translation>&amp;Supprimer le brouillon…</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="194"/>
        <source>Revision &amp;history…</source>
        <translation>&amp;Historique des versions…</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="195"/>
        <source>&amp;Values and intentions…</source>
        <translation>&amp;Valeurs et intentions…</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="196"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="198"/>
        <source>&amp;Search the journal</source>
        <translation>&amp;Chercher dans le journal</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="199"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="200"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="205"/>
        <source>&amp;Next finding</source>
        <translation>Constat &amp;suivant</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="206"/>
        <source>Pre&amp;vious finding</source>
        <translation>Constat &amp;précédent</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="207"/>
        <source>Markdown &amp;preview</source>
        <translation>&amp;Aperçu Markdown</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="209"/>
        <source>Show the post rendered instead of the annotated source</source>
        <translation>Afficher la publication mise en forme au lieu du texte annoté</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="210"/>
        <source>&amp;About BrandJournal</source>
        <translation>À &amp;propos de BrandJournal</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="212"/>
        <source>&amp;Approve…</source>
        <translation>&amp;Approuver…</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="213"/>
        <source>Review the open warnings (fix or keep each with a reason) and approve</source>
        <translation>Passer en revue les alertes ouvertes (corriger, ou garder avec une raison) et approuver</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="214"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="215"/>
        <source>Export the approved post for a platform: copy it or save it</source>
        <translation>Exporter la publication approuvée pour une plateforme : la copier ou l&apos;enregistrer</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="216"/>
        <source>Export all &amp;approved posts…</source>
        <translation>Exporter toutes les publications &amp;approuvées…</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="217"/>
        <source>&amp;Import past posts…</source>
        <translation>&amp;Importer d&apos;anciennes publications…</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="219"/>
        <source>Import a &amp;folder of posts…</source>
        <translation>Importer un &amp;dossier de publications…</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="221"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="222"/>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="223"/>
        <source>Your &amp;voice over time…</source>
        <translation>Votre &amp;voix dans le temps…</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="240"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="248"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="256"/>
        <source>&amp;Journal</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="268"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="271"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="274"/>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="282"/>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="286"/>
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="324"/>
        <source>Choose a draft on the left, or start a new one.</source>
        <translation>Choisissez un brouillon à gauche, ou commencez-en un nouveau.</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="327"/>
        <location filename="../../brandjournal/ui/main_window.py" line="397"/>
        <source>%1 — BrandJournal</source>
        <translation>%1 — BrandJournal</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="327"/>
        <location filename="../../brandjournal/ui/main_window.py" line="397"/>
        <location filename="../../brandjournal/ui/main_window.py" line="436"/>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="331"/>
        <location filename="../../brandjournal/ui/main_window.py" line="536"/>
        <source>Analysing…</source>
        <translation>Analyse…</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="381"/>
        <source>Your last changes could not be saved.</source>
        <translation>Vos dernières modifications n’ont pas pu être enregistrées.</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="392"/>
        <source>Edited after approval: the post is a draft again.</source>
        <translation>Modifiée après approbation : la publication redevient un brouillon.</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="399"/>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="410"/>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="414"/>
        <source>Your last changes could not be saved: %1</source>
        <translation>Vos dernières modifications n’ont pas pu être enregistrées&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="439"/>
        <source>Delete this draft?</source>
        <translation>Supprimer ce brouillon&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="440"/>
        <source>“%1” and all its versions will be deleted from your journal. This cannot be undone.</source>
        <translation>«&#xa0;%1&#xa0;» et toutes ses versions seront supprimés de votre journal. C’est définitif.</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="466"/>
        <source>Draft deleted.</source>
        <translation>Brouillon supprimé.</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="476"/>
        <source>Version kept in the history.</source>
        <translation>Version gardée dans l’historique.</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="483"/>
        <source>Save a version</source>
        <translation>Enregistrer une version</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="484"/>
        <source>Name this version (optional), for example “before Léa&apos;s review”:</source>
        <translation>Nommez cette version (facultatif), par exemple « avant la relecture de Léa » :</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="486"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="501"/>
        <source>Version restored; the previous text is in the history.</source>
        <translation>Version restaurée&#xa0;; le texte précédent est dans l’historique.</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="505"/>
        <source>Editing…</source>
        <translation>Modification…</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="525"/>
        <source>Kept on purpose (%1)</source>
        <translation>Gardés volontairement (%1)</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="546"/>
        <source>%1 findings · %2 ms</source>
        <translation>%1 constats · %2 ms</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="581"/>
        <source>The analysis failed (%1).</source>
        <translation>L’analyse a échoué (%1).</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="623"/>
        <source>Kept on purpose: « %1 ».</source>
        <translation>Gardé volontairement&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="630"/>
        <source>Nothing kept on purpose in this draft.</source>
        <translation>Rien n’est gardé volontairement dans ce brouillon.</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="633"/>
        <source>Show again « %1 » (kept: %2)</source>
        <translation>Signaler à nouveau «&#xa0;%1&#xa0;» (gardé&#xa0;: %2)</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="653"/>
        <source>« %1 » is now on your accept list.</source>
        <translation>«&#xa0;%1&#xa0;» est maintenant dans votre liste de mots acceptés.</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="719"/>
        <source>Move to “%1”</source>
        <translation>Passer à « %1 »</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="742"/>
        <source>Approved: the text is frozen as a version. Export it when ready.</source>
        <translation>Approuvée : le texte est figé dans une version. Exportez-la quand vous voulez.</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="762"/>
        <source>%1 post(s) exported to %2</source>
        <translation>%1 publication(s) exportée(s) dans %2</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="822"/>
        <source>The daily backup could not be written to %1: %2. Your journal was not changed.</source>
        <translation>La sauvegarde du jour n’a pas pu être écrite dans %1&#xa0;: %2. Votre journal n’a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/main_window.py" line="898"/>
        <location filename="../../brandjournal/ui/main_window.py" line="899"/>
        <source>Opening your journal…</source>
        <translation>Ouverture de votre journal…</translation>
    </message>
</context>
<context>
    <name>OpenJournal</name>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="61"/>
        <source>The journal could not be unlocked.</source>
        <translation>Le journal n’a pas pu être déverrouillé.</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="63"/>
        <source>The key of this journal is missing from your keychain.</source>
        <translation>La clé de ce journal manque dans votre trousseau.</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="65"/>
        <source>This journal is already open in another BrandJournal window or command.</source>
        <translation>Ce journal est déjà ouvert dans une autre fenêtre ou commande BrandJournal.</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="69"/>
        <source>This journal was written by a newer version of BrandJournal.</source>
        <translation>Ce journal a été écrit par une version plus récente de BrandJournal.</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="76"/>
        <source>The journal could not be opened.</source>
        <translation>Le journal n’a pas pu être ouvert.</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="82"/>
        <source>No system keychain is available on this computer (no Secret Service, Keychain or Credential Locker).</source>
        <translation>Aucun trousseau système n&apos;est disponible sur cet ordinateur (ni Secret Service, ni Trousseau, ni Gestionnaire d&apos;identification).</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="87"/>
        <source>The system keychain is locked or could not be unlocked.</source>
        <translation>Le trousseau système est verrouillé ou n&apos;a pas pu être déverrouillé.</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="92"/>
        <location filename="../../brandjournal/ui/error_messages.py" line="343"/>
        <source>it did not give back the key it had just stored</source>
        <translation>il n’a pas rendu la clé qu’il venait d’enregistrer</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="93"/>
        <location filename="../../brandjournal/ui/error_messages.py" line="344"/>
        <source>The system keychain failed (%1).</source>
        <translation>Le trousseau système a échoué (%1).</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="95"/>
        <source>This journal has no keychain record.</source>
        <translation>Ce journal n&apos;a pas d&apos;entrée dans le trousseau.</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="97"/>
        <source>This journal is protected by a passphrase.</source>
        <translation>Ce journal est protégé par une phrase secrète.</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="104"/>
        <source>Your journal will be protected by a passphrase instead.</source>
        <translation>Votre journal sera protégé par une phrase secrète à la place.</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="106"/>
        <source>The journal&apos;s key is kept there.</source>
        <translation>La clé du journal y est conservée.</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/error_messages.py" line="574"/>
        <source>BrandJournal</source>
        <translation>BrandJournal</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/key_dialogs.py" line="184"/>
        <source>Wrong passphrase %1 times: BrandJournal will close. Nothing was changed.</source>
        <translation>Phrase secrète erronée %1 fois&#xa0;: BrandJournal va se fermer. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/key_dialogs.py" line="191"/>
        <source>Wrong passphrase (try %1 of %2). Check Caps Lock and try again.</source>
        <translation>Phrase secrète erronée (essai %1 sur %2). Vérifiez le verrouillage des majuscules et réessayez.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../brandjournal/ui/key_dialogs.py" line="52"/>
        <source>Choose a passphrase</source>
        <translation>Choisir une phrase secrète</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/key_dialogs.py" line="52"/>
        <source>Unlock your journal</source>
        <translation>Déverrouiller votre journal</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/key_dialogs.py" line="55"/>
        <source>Your journal is encrypted. Choose a passphrase to protect it: you will need it each time you open BrandJournal, and nobody can recover it for you.</source>
        <translation>Votre journal est chiffré. Choisissez une phrase secrète pour le protéger&#xa0;: elle vous sera demandée à chaque ouverture de BrandJournal, et personne ne pourra la retrouver pour vous.</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/key_dialogs.py" line="59"/>
        <source>Your journal is encrypted. Enter its passphrase to open it.</source>
        <translation>Votre journal est chiffré. Saisissez sa phrase secrète pour l’ouvrir.</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/key_dialogs.py" line="67"/>
        <source>Why a passphrase is needed</source>
        <translation>Pourquoi une phrase secrète est nécessaire</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/key_dialogs.py" line="78"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/key_dialogs.py" line="79"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/key_dialogs.py" line="82"/>
        <source>Passphrase again</source>
        <translation>Phrase secrète, encore</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/key_dialogs.py" line="84"/>
        <source>&amp;Again:</source>
        <translation>&amp;Encore&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/key_dialogs.py" line="105"/>
        <source>Use at least 8 characters; a few unrelated words are easy to remember.</source>
        <translation>Au moins 8 caractères&#xa0;; quelques mots sans rapport entre eux se retiennent facilement.</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/key_dialogs.py" line="108"/>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes sont différentes.</translation>
    </message>
</context>
<context>
    <name>Publishing</name>
    <message>
        <location filename="../../brandjournal/ui/publish_actions.py" line="36"/>
        <location filename="../../brandjournal/ui/publish_actions.py" line="43"/>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/publish_actions.py" line="37"/>
        <source>New warnings appeared meanwhile: approve again.</source>
        <translation>De nouvelles alertes sont apparues entre-temps : approuvez à nouveau.</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/publish_actions.py" line="53"/>
        <location filename="../../brandjournal/ui/publish_actions.py" line="72"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/publish_actions.py" line="54"/>
        <source>Only approved posts are exported. Approve this one first (its warnings are reviewed then).</source>
        <translation>Seules les publications approuvées s&apos;exportent. Approuvez d&apos;abord celle-ci (ses alertes seront alors passées en revue).</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/publish_actions.py" line="73"/>
        <source>There is no approved post to export.</source>
        <translation>Aucune publication approuvée à exporter.</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/publish_actions.py" line="80"/>
        <source>Export all approved posts</source>
        <translation>Exporter toutes les publications approuvées</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/publish_actions.py" line="81"/>
        <source>Platform:</source>
        <translation>Plateforme :</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/publish_actions.py" line="91"/>
        <source>Save the exports in</source>
        <translation>Enregistrer les exports dans</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../brandjournal/ui/reason_dialog.py" line="14"/>
        <source>Keep this on purpose</source>
        <translation>Garder volontairement</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/reason_dialog.py" line="17"/>
        <source>%1: « %2 »
%3</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;»
%3</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/reason_dialog.py" line="24"/>
        <source>In a few words, why is it right here? (kept in your journal)</source>
        <translation>En quelques mots, pourquoi est-ce juste ici&#xa0;? (gardé dans votre journal)</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/reason_dialog.py" line="26"/>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/reason_dialog.py" line="27"/>
        <source>e.g. quoting the client&apos;s own words</source>
        <translation>ex. je cite les mots du client</translation>
    </message>
</context>
<context>
    <name>ValueMeter</name>
    <message>
        <location filename="../../brandjournal/ui/filter_view.py" line="342"/>
        <source>%1: expressed %2 times, betrayed %3 times</source>
        <translation>%1&#xa0;: exprimée %2 fois, trahie %3 fois</translation>
    </message>
</context>
<context>
    <name>ValuesDialog</name>
    <message>
        <location filename="../../brandjournal/ui/values_dialog.py" line="56"/>
        <source>Values and intentions</source>
        <translation>Valeurs et intentions</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/values_dialog.py" line="62"/>
        <source>Your values</source>
        <translation>Vos valeurs</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/values_dialog.py" line="63"/>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/values_dialog.py" line="64"/>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/values_dialog.py" line="65"/>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/values_dialog.py" line="66"/>
        <source>Move &amp;down</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/values_dialog.py" line="75"/>
        <source>Value name</source>
        <translation>Nom de la valeur</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/values_dialog.py" line="77"/>
        <source>What it means to you</source>
        <translation>Ce qu’elle signifie pour vous</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/values_dialog.py" line="81"/>
        <source>Words that fit this value</source>
        <translation>Mots qui vont avec cette valeur</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/values_dialog.py" line="82"/>
        <source>comma-separated, e.g. honest, I was wrong, j&apos;ai appris</source>
        <translation>séparés par des virgules, ex. honnête, je me suis trompé, I was wrong</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/values_dialog.py" line="84"/>
        <source>Words that betray this value</source>
        <translation>Mots qui trahissent cette valeur</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/values_dialog.py" line="85"/>
        <source>comma-separated, e.g. game-changer, disruptif</source>
        <translation>séparés par des virgules, ex. disruptif, game-changer</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/values_dialog.py" line="87"/>
        <source>Language of the words</source>
        <translation>Langue des mots</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/values_dialog.py" line="88"/>
        <source>French and English</source>
        <translation>Français et anglais</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/values_dialog.py" line="89"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/values_dialog.py" line="90"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/values_dialog.py" line="92"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/values_dialog.py" line="93"/>
        <source>&amp;Meaning:</source>
        <translation>&amp;Sens&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/values_dialog.py" line="94"/>
        <source>Words that &amp;fit:</source>
        <translation>Mots qui &amp;vont avec&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/values_dialog.py" line="95"/>
        <source>Words that &amp;betray:</source>
        <translation>Mots qui &amp;trahissent&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/values_dialog.py" line="96"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/values_dialog.py" line="97"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/values_dialog.py" line="107"/>
        <source>Presence intentions, one per line</source>
        <translation>Intentions de présence, une par ligne</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/values_dialog.py" line="110"/>
        <source>What do you want your presence online to do? One intention per line.</source>
        <translation>Qu’attendez-vous de votre présence en ligne&#xa0;? Une intention par ligne.</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/values_dialog.py" line="116"/>
        <source>Accepted words, one per line</source>
        <translation>Mots acceptés, un par ligne</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/values_dialog.py" line="119"/>
        <source>Words the filter never flags for you (e.g. your trade&apos;s real terms). One per line.</source>
        <translation>Mots que le filtre ne signale jamais pour vous (ex. les vrais termes de votre métier). Un par ligne.</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/values_dialog.py" line="125"/>
        <source>&amp;Values</source>
        <translation>&amp;Valeurs</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/values_dialog.py" line="126"/>
        <source>&amp;Intentions</source>
        <translation>&amp;Intentions</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/values_dialog.py" line="127"/>
        <source>Accepted &amp;words</source>
        <translation>&amp;Mots acceptés</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/values_dialog.py" line="155"/>
        <location filename="../../brandjournal/ui/values_dialog.py" line="212"/>
        <source>(unnamed)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <location filename="../../brandjournal/ui/values_dialog.py" line="162"/>
        <source>New value</source>
        <translation>Nouvelle valeur</translation>
    </message>
</context>
</TS>
