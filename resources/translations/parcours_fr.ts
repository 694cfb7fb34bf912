<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../app/ui/about.py" line="36"/>
        <source>About Parcours</source>
        <translation>À propos de Parcours</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="44"/>
        <source>An offline editor for customer journey maps: one file per project, posters for the workshop wall. Free software under the MIT licence.</source>
        <translation>Un éditeur hors ligne de cartes du parcours client : un fichier par projet, des affiches pour le mur de l’atelier. Logiciel libre sous licence MIT.</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="50"/>
        <source>Python %1 · Qt %2 · PySide6 %3</source>
        <translation>Python %1 · Qt %2 · PySide6 %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="55"/>
        <source>Log and crash reports: %s</source>
        <translation>Journal et rapports d’incident : %s</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="67"/>
        <source>All licences</source>
        <translation>Toutes les licences</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="70"/>
        <source>About Qt</source>
        <translation>À propos de Qt</translation>
    </message>
</context>
<context>
    <name>AnalysisTabs</name>
    <message>
        <location filename="../../app/ui/analysis/tabs.py" line="21"/>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location filename="../../app/ui/analysis/tabs.py" line="31"/>
        <source>Opportunity matrix</source>
        <translation>Matrice des opportunités</translation>
    </message>
    <message>
        <location filename="../../app/ui/analysis/tabs.py" line="32"/>
        <source>Action plan</source>
        <translation>Plan d’actions</translation>
    </message>
    <message>
        <location filename="../../app/ui/analysis/tabs.py" line="33"/>
        <source>Touchpoints</source>
        <translation>Points de contact</translation>
    </message>
    <message>
        <location filename="../../app/ui/analysis/tabs.py" line="34"/>
        <source>Comparison</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <location filename="../../app/ui/analysis/tabs.py" line="35"/>
        <source>Statistics</source>
        <translation>Statistiques</translation>
    </message>
</context>
<context>
    <name>ColourButton</name>
    <message>
        <location filename="../../app/ui/fields.py" line="234"/>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
</context>
<context>
    <name>Colours</name>
    <message>
        <location filename="../../app/ui/colours.py" line="20"/>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <location filename="../../app/ui/colours.py" line="21"/>
        <source>Sand</source>
        <translation>Sable</translation>
    </message>
    <message>
        <location filename="../../app/ui/colours.py" line="22"/>
        <source>Apricot</source>
        <translation>Abricot</translation>
    </message>
    <message>
        <location filename="../../app/ui/colours.py" line="23"/>
        <source>Rose</source>
        <translation>Rose</translation>
    </message>
    <message>
        <location filename="../../app/ui/colours.py" line="24"/>
        <source>Lilac</source>
        <translation>Lilas</translation>
    </message>
    <message>
        <location filename="../../app/ui/colours.py" line="25"/>
        <source>Sky</source>
        <translation>Ciel</translation>
    </message>
    <message>
        <location filename="../../app/ui/colours.py" line="26"/>
        <source>Mint</source>
        <translation>Menthe</translation>
    </message>
    <message>
        <location filename="../../app/ui/colours.py" line="27"/>
        <source>Blue</source>
        <translation>Bleu</translation>
    </message>
    <message>
        <location filename="../../app/ui/colours.py" line="28"/>
        <source>Teal</source>
        <translation>Sarcelle</translation>
    </message>
    <message>
        <location filename="../../app/ui/colours.py" line="29"/>
        <source>Amber</source>
        <translation>Ambre</translation>
    </message>
    <message>
        <location filename="../../app/ui/colours.py" line="30"/>
        <source>Red</source>
        <translation>Rouge</translation>
    </message>
    <message>
        <location filename="../../app/ui/colours.py" line="31"/>
        <source>Violet</source>
        <translation>Violet</translation>
    </message>
    <message>
        <location filename="../../app/ui/colours.py" line="32"/>
        <source>Slate</source>
        <translation>Ardoise</translation>
    </message>
    <message>
        <location filename="../../app/ui/colours.py" line="55"/>
        <source>Co&amp;lour</source>
        <translation>Coul&amp;eur</translation>
    </message>
    <message>
        <location filename="../../app/ui/colours.py" line="65"/>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <location filename="../../app/ui/colours.py" line="70"/>
        <source>More Colours…</source>
        <translation>Plus de couleurs…</translation>
    </message>
</context>
<context>
    <name>CommentMarker</name>
    <message>
        <location filename="../../app/ui/canvas/comment_markers.py" line="58"/>
        <source>Open comment threads: %1 (click to read them)</source>
        <translation>Fils de commentaires ouverts : %1 (cliquez pour les lire)</translation>
    </message>
</context>
<context>
    <name>CommentsPanel</name>
    <message>
        <location filename="../../app/ui/comments_panel.py" line="104"/>
        <source>Show &amp;resolved</source>
        <translation>Afficher les &amp;résolus</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments_panel.py" line="115"/>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments_panel.py" line="121"/>
        <source>Comment text</source>
        <translation>Texte du commentaire</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments_panel.py" line="123"/>
        <location filename="../../app/ui/comments_panel.py" line="367"/>
        <source>Comment</source>
        <translation>Commenter</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments_panel.py" line="125"/>
        <source>Reply</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments_panel.py" line="127"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments_panel.py" line="129"/>
        <location filename="../../app/ui/comments_panel.py" line="372"/>
        <source>Resolve</source>
        <translation>Résoudre</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments_panel.py" line="131"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments_panel.py" line="133"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments_panel.py" line="216"/>
        <source>Open a map to see its comments here.</source>
        <translation>Ouvrez une carte pour voir ici ses commentaires.</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments_panel.py" line="227"/>
        <source>1 open thread</source>
        <translation>1 fil ouvert</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/comments_panel.py" line="229"/>
        <source>%n open threads</source>
        <translation>
            <numerusform>%n fil ouvert</numerusform>
            <numerusform>%n fils ouverts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/comments_panel.py" line="232"/>
        <source>No comments on this journey yet.</source>
        <translation>Aucun commentaire sur ce parcours pour l’instant.</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments_panel.py" line="250"/>
        <source>Signed “%1”; change the name in Edit › Preferences.</source>
        <translation>Signé « %1 » ; changez le nom dans Édition › Préférences.</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments_panel.py" line="251"/>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments_panel.py" line="259"/>
        <source>Card “%1”</source>
        <translation>Carte « %1 »</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments_panel.py" line="260"/>
        <source>Emotion point “%1”</source>
        <translation>Point d’émotion « %1 »</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments_panel.py" line="261"/>
        <source>Stage “%1”</source>
        <translation>Étape « %1 »</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments_panel.py" line="262"/>
        <source>Lane “%1”</source>
        <translation>Couloir « %1 »</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments_panel.py" line="263"/>
        <source>Persona “%1”</source>
        <translation>Persona « %1 »</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments_panel.py" line="264"/>
        <source>The journey “%1”</source>
        <translation>Le parcours « %1 »</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments_panel.py" line="266"/>
        <location filename="../../app/ui/comments_panel.py" line="381"/>
        <source>untitled</source>
        <translation>sans titre</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments_panel.py" line="278"/>
        <source>Someone</source>
        <translation>Quelqu’un</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments_panel.py" line="281"/>
        <source>resolved</source>
        <translation>résolu</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments_panel.py" line="283"/>
        <source>edited</source>
        <translation>modifié</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments_panel.py" line="298"/>
        <source>just now</source>
        <translation>à l’instant</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/comments_panel.py" line="300"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>il y a %n min</numerusform>
            <numerusform>il y a %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/comments_panel.py" line="302"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>il y a %n h</numerusform>
            <numerusform>il y a %n h</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/comments_panel.py" line="304"/>
        <source>yesterday</source>
        <translation>hier</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments_panel.py" line="367"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments_panel.py" line="372"/>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments_panel.py" line="379"/>
        <source>Edit the comment, then Save.</source>
        <translation>Modifiez le commentaire, puis Enregistrer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments_panel.py" line="384"/>
        <source>Comment on “%1” (Ctrl+Enter), or choose a comment to reply to it.</source>
        <translation>Commenter « %1 » (Ctrl+Entrée), ou choisissez un commentaire pour y répondre.</translation>
    </message>
</context>
<context>
    <name>CompareBar</name>
    <message>
        <location filename="../../app/ui/version_compare.py" line="166"/>
        <source>Stop Comparing</source>
        <translation>Arrêter la comparaison</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_compare.py" line="171"/>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_compare.py" line="171"/>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_compare.py" line="191"/>
        <source>Compared with %1: %2.</source>
        <translation>Comparé à %1 : %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_compare.py" line="194"/>
        <source>Compared with %1: no change.</source>
        <translation>Comparé à %1 : aucun changement.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/version_compare.py" line="200"/>
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/version_compare.py" line="201"/>
        <source>Removed: %1.</source>
        <translation>Supprimés : %1.</translation>
    </message>
</context>
<context>
    <name>ComparisonPage</name>
    <message>
        <location filename="../../app/ui/analysis/pages.py" line="199"/>
        <source>Compare with</source>
        <translation>Comparer avec</translation>
    </message>
    <message>
        <location filename="../../app/ui/analysis/pages.py" line="206"/>
        <source>Match stages…</source>
        <translation>Apparier les étapes…</translation>
    </message>
    <message>
        <location filename="../../app/ui/analysis/pages.py" line="208"/>
        <source>Say by hand which stages stand for each other, where titles differ</source>
        <translation>Dire à la main quelles étapes se correspondent, quand leurs titres diffèrent</translation>
    </message>
    <message>
        <location filename="../../app/ui/analysis/pages.py" line="224"/>
        <location filename="../../app/ui/analysis/pages.py" line="243"/>
        <source>Untitled journey</source>
        <translation>Parcours sans titre</translation>
    </message>
    <message>
        <location filename="../../app/ui/analysis/pages.py" line="257"/>
        <source>Add a second journey (for instance Duplicate as future state) to compare.</source>
        <translation>Ajoutez un second parcours (par exemple Dupliquer en état futur) pour comparer.</translation>
    </message>
</context>
<context>
    <name>ContextMenu</name>
    <message>
        <location filename="../../app/ui/context_menus.py" line="41"/>
        <source>Add a &amp;Card Here</source>
        <translation>Ajouter une &amp;carte ici</translation>
    </message>
    <message>
        <location filename="../../app/ui/context_menus.py" line="42"/>
        <source>Add a &amp;Touchpoint Here</source>
        <translation>Ajouter un &amp;point de contact ici</translation>
    </message>
    <message>
        <location filename="../../app/ui/context_menus.py" line="43"/>
        <source>Add a &amp;Pain Here</source>
        <translation>Ajouter un &amp;irritant ici</translation>
    </message>
    <message>
        <location filename="../../app/ui/context_menus.py" line="44"/>
        <source>Add a &amp;Gain Here</source>
        <translation>Ajouter un &amp;enchanteur ici</translation>
    </message>
    <message>
        <location filename="../../app/ui/context_menus.py" line="45"/>
        <source>Add an &amp;Opportunity Here</source>
        <translation>Ajouter une &amp;opportunité ici</translation>
    </message>
    <message>
        <location filename="../../app/ui/context_menus.py" line="46"/>
        <source>Add an &amp;Emotion Point Here</source>
        <translation>Ajouter un point d’é&amp;motion ici</translation>
    </message>
    <message>
        <location filename="../../app/ui/context_menus.py" line="52"/>
        <source>&amp;Touchpoints</source>
        <translation>Points de &amp;contact</translation>
    </message>
    <message>
        <location filename="../../app/ui/context_menus.py" line="53"/>
        <source>Te&amp;xt (actions, thoughts…)</source>
        <translation>&amp;Texte (actions, pensées…)</translation>
    </message>
    <message>
        <location filename="../../app/ui/context_menus.py" line="54"/>
        <source>&amp;Emotion Curve</source>
        <translation>Courbe é&amp;motionnelle</translation>
    </message>
    <message>
        <location filename="../../app/ui/context_menus.py" line="55"/>
        <source>&amp;Pains and Gains</source>
        <translation>&amp;Irritants et enchanteurs</translation>
    </message>
    <message>
        <location filename="../../app/ui/context_menus.py" line="56"/>
        <source>&amp;Opportunities</source>
        <translation>&amp;Opportunités</translation>
    </message>
    <message>
        <location filename="../../app/ui/context_menus.py" line="57"/>
        <source>&amp;Storyboard</source>
        <translation>&amp;Storyboard</translation>
    </message>
    <message>
        <location filename="../../app/ui/context_menus.py" line="58"/>
        <source>&amp;Metrics</source>
        <translation>In&amp;dicateurs</translation>
    </message>
    <message>
        <location filename="../../app/ui/context_menus.py" line="157"/>
        <source>Add E&amp;vidence</source>
        <translation>Ajouter des é&amp;léments illustratifs</translation>
    </message>
    <message>
        <location filename="../../app/ui/context_menus.py" line="161"/>
        <source>&amp;Photos…</source>
        <translation>&amp;Photos…</translation>
    </message>
    <message>
        <location filename="../../app/ui/context_menus.py" line="166"/>
        <source>&amp;Quote…</source>
        <translation>&amp;Verbatim…</translation>
    </message>
    <message>
        <location filename="../../app/ui/context_menus.py" line="171"/>
        <source>&amp;Link…</source>
        <translation>&amp;Lien…</translation>
    </message>
    <message>
        <location filename="../../app/ui/context_menus.py" line="190"/>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <location filename="../../app/ui/context_menus.py" line="197"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location filename="../../app/ui/context_menus.py" line="205"/>
        <location filename="../../app/ui/context_menus.py" line="487"/>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <location filename="../../app/ui/context_menus.py" line="212"/>
        <source>D&amp;uplicate</source>
        <translation>&amp;Dupliquer</translation>
    </message>
    <message>
        <location filename="../../app/ui/context_menus.py" line="240"/>
        <source>Comme&amp;nt…</source>
        <translation>A&amp;jouter un commentaire…</translation>
    </message>
    <message>
        <location filename="../../app/ui/context_menus.py" line="253"/>
        <source>&amp;Edit Title</source>
        <translation>Modifier le &amp;titre</translation>
    </message>
    <message>
        <location filename="../../app/ui/context_menus.py" line="263"/>
        <source>&amp;Sentiment</source>
        <translation>Se&amp;ntiment</translation>
    </message>
    <message>
        <location filename="../../app/ui/context_menus.py" line="265"/>
        <source>&amp;Neutral</source>
        <translation>&amp;Neutre</translation>
    </message>
    <message>
        <location filename="../../app/ui/context_menus.py" line="266"/>
        <source>&amp;Pain</source>
        <translation>&amp;Irritant</translation>
    </message>
    <message>
        <location filename="../../app/ui/context_menus.py" line="267"/>
        <source>&amp;Gain</source>
        <translation>&amp;Enchanteur</translation>
    </message>
    <message>
        <location filename="../../app/ui/context_menus.py" line="276"/>
        <source>&amp;Moment of Truth</source>
        <translation>&amp;Moment de vérité</translation>
    </message>
    <message>
        <location filename="../../app/ui/context_menus.py" line="293"/>
        <source>Add a Card &amp;Below</source>
        <translation>Ajouter une carte &amp;au-dessous</translation>
    </message>
    <message>
        <location filename="../../app/ui/context_menus.py" line="298"/>
        <source>&amp;Delete Card</source>
        <translation>&amp;Supprimer la carte</translation>
    </message>
    <message>
        <location filename="../../app/ui/context_menus.py" line="303"/>
        <location filename="../../app/ui/context_menus.py" line="330"/>
        <source>&amp;Rename</source>
        <translation>Reno&amp;mmer</translation>
    </message>
    <message>
        <location filename="../../app/ui/context_menus.py" line="311"/>
        <location filename="../../app/ui/context_menus.py" line="462"/>
        <source>Insert Stage &amp;Before</source>
        <translation>Insérer une étape &amp;avant</translation>
    </message>
    <message>
        <location filename="../../app/ui/context_menus.py" line="317"/>
        <location filename="../../app/ui/context_menus.py" line="468"/>
        <source>Insert Stage &amp;After</source>
        <translation>Insérer une étape ap&amp;rès</translation>
    </message>
    <message>
        <location filename="../../app/ui/context_menus.py" line="325"/>
        <source>&amp;Delete Stage</source>
        <translation>&amp;Supprimer l’étape</translation>
    </message>
    <message>
        <location filename="../../app/ui/context_menus.py" line="338"/>
        <source>Insert Lane &amp;Above</source>
        <translation>Insérer un couloir &amp;au-dessus</translation>
    </message>
    <message>
        <location filename="../../app/ui/context_menus.py" line="343"/>
        <source>Insert Lane &amp;Below</source>
        <translation>Insérer un couloir au-dess&amp;ous</translation>
    </message>
    <message>
        <location filename="../../app/ui/context_menus.py" line="356"/>
        <source>&amp;Hide Lane</source>
        <translation>Mas&amp;quer le couloir</translation>
    </message>
    <message>
        <location filename="../../app/ui/context_menus.py" line="361"/>
        <source>&amp;Delete Lane</source>
        <translation>&amp;Supprimer le couloir</translation>
    </message>
    <message>
        <location filename="../../app/ui/context_menus.py" line="366"/>
        <source>&amp;Edit Label</source>
        <translation>&amp;Modifier le libellé</translation>
    </message>
    <message>
        <location filename="../../app/ui/context_menus.py" line="372"/>
        <source>&amp;Feeling</source>
        <translation>&amp;Ressenti</translation>
    </message>
    <message>
        <location filename="../../app/ui/context_menus.py" line="381"/>
        <source>&amp;Delete Emotion Point</source>
        <translation>&amp;Supprimer le point d’émotion</translation>
    </message>
    <message>
        <location filename="../../app/ui/context_menus.py" line="386"/>
        <source>&amp;Edit Name</source>
        <translation>&amp;Modifier le nom</translation>
    </message>
    <message>
        <location filename="../../app/ui/context_menus.py" line="394"/>
        <source>Move &amp;Earlier</source>
        <translation>Placer &amp;avant</translation>
    </message>
    <message>
        <location filename="../../app/ui/context_menus.py" line="400"/>
        <source>Move &amp;Later</source>
        <translation>Placer &amp;après</translation>
    </message>
    <message>
        <location filename="../../app/ui/context_menus.py" line="407"/>
        <source>&amp;Delete Metric</source>
        <translation>&amp;Supprimer l’indicateur</translation>
    </message>
    <message>
        <location filename="../../app/ui/context_menus.py" line="412"/>
        <source>Add a &amp;Metric Here</source>
        <translation>Ajouter un &amp;indicateur ici</translation>
    </message>
    <message>
        <location filename="../../app/ui/context_menus.py" line="419"/>
        <source>&amp;Delete Connection</source>
        <translation>&amp;Supprimer la connexion</translation>
    </message>
    <message>
        <location filename="../../app/ui/context_menus.py" line="424"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../../app/ui/context_menus.py" line="431"/>
        <source>&amp;Delete from the Map</source>
        <translation>&amp;Supprimer de la carte</translation>
    </message>
    <message>
        <location filename="../../app/ui/context_menus.py" line="454"/>
        <source>Paste &amp;Here</source>
        <translation>Co&amp;ller ici</translation>
    </message>
    <message>
        <location filename="../../app/ui/context_menus.py" line="474"/>
        <source>Insert &amp;Lane Below</source>
        <translation>Insérer un co&amp;uloir dessous</translation>
    </message>
    <message>
        <location filename="../../app/ui/context_menus.py" line="494"/>
        <source>Select &amp;All Cards</source>
        <translation>Sélectionner toutes les &amp;cartes</translation>
    </message>
    <message>
        <location filename="../../app/ui/context_menus.py" line="502"/>
        <source>&amp;Fit to Window</source>
        <translation>A&amp;juster à la fenêtre</translation>
    </message>
    <message>
        <location filename="../../app/ui/context_menus.py" line="510"/>
        <source>Actual &amp;Size</source>
        <translation>&amp;Taille réelle</translation>
    </message>
    <message>
        <location filename="../../app/ui/context_menus.py" line="518"/>
        <source>Add a S&amp;tage</source>
        <translation>Ajouter une ét&amp;ape</translation>
    </message>
    <message>
        <location filename="../../app/ui/context_menus.py" line="523"/>
        <source>Add a &amp;Lane</source>
        <translation>Ajouter un co&amp;uloir</translation>
    </message>
</context>
<context>
    <name>CopyNotice</name>
    <message>
        <location filename="../../app/ui/copy_notice.py" line="49"/>
        <source>Merge It…</source>
        <translation>Fusionner…</translation>
    </message>
    <message>
        <location filename="../../app/ui/copy_notice.py" line="50"/>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <location filename="../../app/ui/copy_notice.py" line="83"/>
        <source>A conflict copy made by %1 lies beside this map: “%2”.</source>
        <translation>Une copie en conflit faite par %1 se trouve à côté de cette carte : « %2 ».</translation>
    </message>
    <message>
        <location filename="../../app/ui/copy_notice.py" line="137"/>
        <source>“%1” holds nothing this map does not have already.</source>
        <translation>« %1 » ne contient rien que cette carte n’ait déjà.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../app/ui/dialogs.py" line="81"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="83"/>
        <source>Do you want to save the changes you made to “%s”?</source>
        <translation>Voulez-vous enregistrer les modifications apportées à « %s » ?</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="87"/>
        <source>Your changes will be lost if you don’t save them.</source>
        <translation>Vos modifications seront perdues si vous ne les enregistrez pas.</translation>
    </message>
</context>
<context>
    <name>DocumentError</name>
    <message>
        <location filename="../../app/ui/messages.py" line="40"/>
        <source>the file does not exist</source>
        <translation>le fichier n’existe pas</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="41"/>
        <source>it is a folder</source>
        <translation>c’est un dossier</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="42"/>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="43"/>
        <source>it is not a Parcours map (not an SQLite database)</source>
        <translation>ce n’est pas une carte Parcours (pas une base de données SQLite)</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="44"/>
        <source>the file is truncated or damaged</source>
        <translation>le fichier est tronqué ou endommagé</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="45"/>
        <source>the file is damaged (its SQLite header is invalid)</source>
        <translation>le fichier est endommagé (son en-tête SQLite n’est pas valide)</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="46"/>
        <source>it is an SQLite database of another program, not a Parcours map</source>
        <translation>c’est une base SQLite d’un autre programme, pas une carte Parcours</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="49"/>
        <source>the file is damaged (its database cannot be read)</source>
        <translation>le fichier est endommagé (sa base de données est illisible)</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="50"/>
        <source>the file is damaged (the database integrity check failed)</source>
        <translation>le fichier est endommagé (la vérification d’intégrité de la base a échoué)</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="51"/>
        <source>the file is damaged (its values cannot be read)</source>
        <translation>le fichier est endommagé (ses valeurs sont illisibles)</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="52"/>
        <source>it holds out-of-range values</source>
        <translation>il contient des valeurs hors limites</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="53"/>
        <source>it holds text that is not valid UTF-8</source>
        <translation>il contient du texte qui n’est pas de l’UTF-8 valide</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="54"/>
        <source>it holds database objects a Parcours map never has</source>
        <translation>il contient des objets de base de données qu’une carte Parcours n’a jamais</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="55"/>
        <source>its database objects differ from those of a Parcours map</source>
        <translation>ses objets de base de données diffèrent de ceux d’une carte Parcours</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="56"/>
        <source>it does not describe exactly one project</source>
        <translation>il ne décrit pas exactement un projet</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="57"/>
        <source>it holds links to elements that do not exist</source>
        <translation>il contient des liens vers des éléments qui n’existent pas</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="58"/>
        <source>a card lies in an emotion lane</source>
        <translation>une carte se trouve dans un couloir d’émotions</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="59"/>
        <source>an emotion point refers to a card of another journey</source>
        <translation>un point d’émotion renvoie à une carte d’un autre parcours</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="60"/>
        <source>an emotion point lies outside an emotion lane</source>
        <translation>un point d’émotion se trouve hors d’un couloir d’émotions</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="61"/>
        <source>an element spans two journeys</source>
        <translation>un élément appartient à deux parcours</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="62"/>
        <source>its folder is gone</source>
        <translation>son dossier n’existe plus</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="63"/>
        <source>it is a named pipe (FIFO), not a file</source>
        <translation>c’est un tube nommé (FIFO), pas un fichier</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="64"/>
        <source>it is a device, not a file</source>
        <translation>c’est un périphérique, pas un fichier</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="65"/>
        <source>it is a socket, not a file</source>
        <translation>c’est un socket, pas un fichier</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="66"/>
        <source>it is not a regular file</source>
        <translation>ce n’est pas un fichier ordinaire</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="67"/>
        <source>there is no room for its working copy</source>
        <translation>la place manque pour sa copie de travail</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="68"/>
        <source>it holds text with invisible control characters or non-characters</source>
        <translation>il contient du texte avec des caractères de contrôle invisibles ou des non-caractères</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="71"/>
        <source>a connection joins cards of two journeys</source>
        <translation>une connexion relie des cartes de deux parcours</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="72"/>
        <source>its comments answer each other in a loop</source>
        <translation>ses commentaires se répondent en boucle</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="73"/>
        <source>a reply to a comment answers another reply</source>
        <translation>une réponse à un commentaire répond à une autre réponse</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="74"/>
        <source>a reply to a comment lies on another element than its comment</source>
        <translation>une réponse à un commentaire porte sur un autre élément que son commentaire</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="77"/>
        <source>the recovery data is damaged</source>
        <translation>les données de récupération sont endommagées</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="78"/>
        <source>it could not be upgraded to the current format</source>
        <translation>il n’a pas pu être converti au format actuel</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="79"/>
        <source>it cannot be read</source>
        <translation>il ne peut pas être lu</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="80"/>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="81"/>
        <source>the folder is read-only or you lack permission to write there</source>
        <translation>le dossier est en lecture seule ou vous n’avez pas le droit d’y écrire</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="84"/>
        <source>the folder does not exist</source>
        <translation>le dossier n’existe pas</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="85"/>
        <source>the disk could not be written</source>
        <translation>le disque n’a pas pu être écrit</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="86"/>
        <source>its folder does not exist</source>
        <translation>son dossier n’existe pas</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="87"/>
        <source>it has no file yet; use Save As</source>
        <translation>elle n’a pas encore de fichier ; utilisez « Enregistrer sous »</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="88"/>
        <source>another Parcours window</source>
        <translation>une autre fenêtre de Parcours</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="89"/>
        <source>Untitled map</source>
        <translation>Carte sans titre</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="91"/>
        <source>%1 is empty.</source>
        <translation>%1 est vide.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="92"/>
        <source>%1 is larger than 40 MB, the most Parcours takes in for one picture.</source>
        <translation>%1 dépasse 40 Mo, le maximum que Parcours accepte pour une image.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="95"/>
        <source>%1 has too many pixels to be a photo (more than 80 megapixels).</source>
        <translation>%1 a trop de pixels pour une photo (plus de 80 mégapixels).</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="98"/>
        <source>%1 is damaged or incomplete and cannot be read as a picture.</source>
        <translation>%1 est endommagé ou incomplet et ne peut pas être lu comme une image.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="101"/>
        <source>%1 is not a picture Parcours can take in (JPEG, PNG, WebP, GIF, BMP or TIFF).</source>
        <translation>%1 n’est pas une image que Parcours accepte (JPEG, PNG, WebP, GIF, BMP ou TIFF).</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="105"/>
        <source>%1 is a PDF document, not a picture; export the page as PNG or JPEG first.</source>
        <translation>%1 est un document PDF, pas une image ; exportez d’abord la page en PNG ou en JPEG.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="109"/>
        <source>%1 is a PostScript or EPS drawing, which Parcours does not open for safety.</source>
        <translation>%1 est un dessin PostScript ou EPS, que Parcours n’ouvre pas par sécurité.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="113"/>
        <source>%1 is an SVG drawing, not a photo; export it as PNG first.</source>
        <translation>%1 est un dessin SVG, pas une photo ; exportez-le d’abord en PNG.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="116"/>
        <source>%1 is a HEIC or AVIF photo, which Parcours cannot read; export it as JPEG first.</source>
        <translation>%1 est une photo HEIC ou AVIF, que Parcours ne sait pas lire ; exportez-la d’abord en JPEG.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="120"/>
        <source>%1 is not a file that can be read as a picture.</source>
        <translation>%1 n’est pas un fichier lisible comme une image.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="121"/>
        <source>%1 no longer exists.</source>
        <translation>%1 n’existe plus.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="122"/>
        <source>%1 cannot be read (permission denied or the disk failed).</source>
        <translation>%1 ne peut pas être lu (accès refusé ou disque défaillant).</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="143"/>
        <source>journeys</source>
        <translation>parcours</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="144"/>
        <source>personas</source>
        <translation>personas</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="145"/>
        <source>stages</source>
        <translation>étapes</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="146"/>
        <source>lanes</source>
        <translation>lignes</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="147"/>
        <source>cards</source>
        <translation>cartes</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="148"/>
        <source>emotion points</source>
        <translation>points d’émotion</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="149"/>
        <source>metrics</source>
        <translation>indicateurs</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="150"/>
        <source>pieces of evidence</source>
        <translation>éléments de preuve</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="151"/>
        <source>evidence links</source>
        <translation>liens d’éléments de preuve</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="152"/>
        <source>pictures</source>
        <translation>images</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="153"/>
        <source>comments</source>
        <translation>commentaires</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="164"/>
        <source>it is larger than %1 MB, the most Parcours opens</source>
        <translation>il dépasse %1 Mo, le maximum que Parcours ouvre</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="168"/>
        <source>it holds more than %1 characters of text, the most Parcours opens</source>
        <translation>il contient plus de %1 caractères de texte, le maximum que Parcours ouvre</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="174"/>
        <source>it holds a journey of more than %1 %2, the most Parcours opens</source>
        <translation>il contient un parcours de plus de %1 %2, le maximum que Parcours ouvre</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="182"/>
        <source>it holds more than %1 %2, the most Parcours opens</source>
        <translation>il contient plus de %1 %2, le maximum que Parcours ouvre</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="192"/>
        <source>“%1” beside it holds an unfinished change that the map itself lacks (the program that wrote it did not close it properly)</source>
        <translation>« %1 », à côté, contient une modification inachevée absente de la carte elle-même (le programme qui l’a écrite ne l’a pas fermée correctement)</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="198"/>
        <source>“%1” beside it holds changes that the map itself lacks (the program that wrote it did not close it properly)</source>
        <translation>« %1 », à côté, contient des modifications absentes de la carte elle-même (le programme qui l’a écrite ne l’a pas fermée correctement)</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="207"/>
        <source>That {element} no longer exists in this map.</source>
        <translation>Cet élément n’existe plus dans cette carte ({element}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="208"/>
        <source>That journey no longer exists in this map.</source>
        <translation>Ce parcours n’existe plus dans cette carte.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="211"/>
        <source>{fields} cannot be edited here.</source>
        <translation>Ces champs ne se modifient pas ici : {fields}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="212"/>
        <source>That value is not allowed ({detail}).</source>
        <translation>Cette valeur n’est pas permise ({detail}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="215"/>
        <source>That lane and that stage belong to different journeys.</source>
        <translation>Cette ligne et cette étape appartiennent à des parcours différents.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="218"/>
        <source>An emotion point can only refer to a card of its own journey.</source>
        <translation>Un point d’émotion ne peut renvoyer qu’à une carte de son propre parcours.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="221"/>
        <source>An emotion lane holds emotion points, not cards.</source>
        <translation>Une ligne d’émotions contient des points d’émotion, pas des cartes.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="224"/>
        <source>Emotion points go in an emotion lane.</source>
        <translation>Les points d’émotion vont dans une ligne d’émotions.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="227"/>
        <source>An emotion goes from -5 (worst) to +5 (best).</source>
        <translation>Une émotion va de -5 (le pire) à +5 (le meilleur).</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="230"/>
        <source>A point&apos;s place inside a stage goes from 0 (left) to 1 (right).</source>
        <translation>La place d’un point dans une étape va de 0 (à gauche) à 1 (à droite).</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="233"/>
        <source>This map already has its project.</source>
        <translation>Cette carte a déjà son projet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="234"/>
        <source>A lane&apos;s kind can only change while the lane is empty.</source>
        <translation>Le type d’une ligne ne change que tant qu’elle est vide.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="237"/>
        <source>Evidence cannot be attached to a {kind}.</source>
        <translation>Un élément illustratif ne s’attache pas à cela ({kind}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="240"/>
        <source>Evidence is attached to (kind, id) pairs.</source>
        <translation>Un élément illustratif s’attache à des paires (type, identifiant).</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="243"/>
        <source>That evidence is already attached there.</source>
        <translation>Cet élément illustratif y est déjà attaché.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="246"/>
        <source>That evidence is not attached there.</source>
        <translation>Cet élément illustratif n’y est pas attaché.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="247"/>
        <source>The new order must list each evidence shown there once.</source>
        <translation>Le nouvel ordre doit citer une fois chaque élément illustratif affiché.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="250"/>
        <source>{table} has no place to restore.</source>
        <translation>Rien à remettre en place pour {table}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="251"/>
        <source>An edit of this step was refused; nothing was kept.</source>
        <translation>Une modification de cette étape a été refusée ; rien n’a été gardé.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="254"/>
        <source>Undo and redo wait for the step under way to finish.</source>
        <translation>Annuler et rétablir attendent la fin de l’étape en cours.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="257"/>
        <source>The history no longer matches the map, so it was cleared; the map is intact.</source>
        <translation>L’historique ne correspond plus à la carte : il a été effacé ; la carte est intacte.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="261"/>
        <source>That text holds a character Parcours cannot keep ({code_point}, an invisible control or non-character); remove it and try again.</source>
        <translation>Ce texte contient un caractère que Parcours ne peut pas conserver ({code_point}, un caractère de contrôle invisible ou un non-caractère) ; retirez-le et réessayez.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="266"/>
        <source>A metric is measured before or after the changes.</source>
        <translation>Un indicateur se mesure avant ou après les changements.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="269"/>
        <source>CSAT is the share of 4 and 5 answers, or the mean.</source>
        <translation>Le CSAT est la part des réponses 4 et 5, ou la moyenne.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="272"/>
        <source>CES is answered on a scale of 1 to 5 or 1 to 7.</source>
        <translation>Le CES se répond sur une échelle de 1 à 5 ou de 1 à 7.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="275"/>
        <source>A metric moves only between stages of its journey.</source>
        <translation>Un indicateur ne change d’étape qu’au sein de son parcours.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="278"/>
        <source>A card cannot be connected to itself.</source>
        <translation>Une carte ne peut pas être reliée à elle-même.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="279"/>
        <source>Only cards of the same journey can be connected.</source>
        <translation>Seules des cartes du même parcours peuvent être reliées.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="282"/>
        <source>These two cards are already connected.</source>
        <translation>Ces deux cartes sont déjà reliées.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="285"/>
        <source>Some answers lie beyond that scale; clear them first.</source>
        <translation>Des réponses sortent de cette échelle ; effacez-les d’abord.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="288"/>
        <source>Only NPS, CSAT and CES are computed from answers.</source>
        <translation>Seuls le NPS, le CSAT et le CES se calculent à partir des réponses.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="291"/>
        <source>Only NPS, CSAT, CES and conversion metrics are computed.</source>
        <translation>Seuls le NPS, le CSAT, le CES et le taux de conversion se calculent.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="294"/>
        <source>A count of answers is a whole number, 0 or more.</source>
        <translation>Un nombre de réponses est un entier, 0 ou plus.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="297"/>
        <source>Those counts do not belong to this kind of metric.</source>
        <translation>Ces comptes ne correspondent pas à ce type d’indicateur.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="300"/>
        <source>More people cannot go on than started.</source>
        <translation>Il ne peut pas y avoir plus de poursuites que d’entrants.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="301"/>
        <source>Those counts are too long to keep.</source>
        <translation>Ces comptes sont trop longs pour être conservés.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="302"/>
        <source>An NPS answer goes from 0 to 10, not {answer}.</source>
        <translation>Une réponse NPS va de 0 à 10, pas {answer}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="305"/>
        <source>An answer on this scale goes from {low} to {high}.</source>
        <translation>Une réponse sur cette échelle va de {low} à {high}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="308"/>
        <source>“{part}” is not an answer (a whole number).</source>
        <translation>« {part} » n’est pas une réponse (un nombre entier).</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="311"/>
        <source>A comment cannot be put on a {kind}.</source>
        <translation>Un commentaire ne peut pas porter sur cet élément ({kind}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="312"/>
        <source>A comment needs some text.</source>
        <translation>Un commentaire a besoin d’un texte.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="313"/>
        <source>A comment holds at most {most} characters.</source>
        <translation>Un commentaire tient en {most} caractères au plus.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="319"/>
        <source>card</source>
        <translation>carte</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="320"/>
        <source>stage</source>
        <translation>étape</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="321"/>
        <source>lane</source>
        <translation>ligne</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="322"/>
        <source>emotion point</source>
        <translation>point d’émotion</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="323"/>
        <source>metric</source>
        <translation>indicateur</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="324"/>
        <source>journey</source>
        <translation>parcours</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="325"/>
        <source>persona</source>
        <translation>persona</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="326"/>
        <source>evidence</source>
        <translation>élément illustratif</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="327"/>
        <source>evidence link</source>
        <translation>lien d’élément illustratif</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="328"/>
        <source>picture</source>
        <translation>image</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="329"/>
        <source>comment</source>
        <translation>commentaire</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="355"/>
        <source>%1 is marked as open by a lock file Parcours cannot read; open it read-only, or take it over if nobody is editing it.</source>
        <translation>%1 est marquée comme ouverte par un fichier de verrou que Parcours ne peut pas lire ; ouvrez-la en lecture seule, ou prenez-en le contrôle si personne ne la modifie.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="362"/>
        <source>%1 is open in Parcours on %2 (opened by %3 at %4), or was left open there; open it read-only, or take it over if nobody is editing it there.</source>
        <translation>%1 est ouverte dans Parcours sur %2 (ouverte par %3 à %4), ou y est restée ouverte ; ouvrez-la en lecture seule, ou prenez-en le contrôle si personne ne la modifie là-bas.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="385"/>
        <source>%1 cannot be opened: it was saved by a newer version of Parcours (file format %2, this version reads up to %3); update Parcours to open it.</source>
        <translation>Impossible d’ouvrir %1 : il a été enregistré par une version plus récente de Parcours (format de fichier %2, cette version lit jusqu’au format %3) ; mettez Parcours à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="398"/>
        <source>its format version %1 is not one Parcours wrote</source>
        <translation>sa version de format %1 n’a jamais été écrite par Parcours</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="377"/>
        <location filename="../../app/ui/messages.py" line="404"/>
        <source>%1 cannot be opened: %2.</source>
        <translation>Impossible d’ouvrir %1 : %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="413"/>
        <source>another Parcours window (process %1)</source>
        <translation>une autre fenêtre de Parcours (processus %1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="418"/>
        <source>Parcours on %1 (opened by %2 at %3)</source>
        <translation>Parcours sur %1 (ouvert par %2 le %3)</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="426"/>
        <source>%1 is already open in %2.</source>
        <translation>%1 est déjà ouvert dans %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="434"/>
        <source>This map</source>
        <translation>Cette carte</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="436"/>
        <source>%1 is open read-only; use Save As to keep an editable copy.</source>
        <translation>%1 est ouvert en lecture seule ; utilisez « Enregistrer sous » pour garder une copie modifiable.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="443"/>
        <source>The evidence was not exported to %1: %2.</source>
        <translation>Les éléments n’ont pas été exportés dans %1 : %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="449"/>
        <source>%1 cannot be imported: %2.</source>
        <translation>Impossible d’importer %1 : %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="457"/>
        <source>%1 was not saved: %2. The file on disk is unchanged.</source>
        <translation>%1 n’a pas été enregistré : %2. Le fichier sur le disque n’a pas changé.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="630"/>
        <source>it cannot be read (permission denied or the disk failed)</source>
        <translation>il ne peut pas être lu (permission refusée ou disque défaillant)</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="631"/>
        <source>it is larger than 50 MB, the most Parcours imports from one file</source>
        <translation>il dépasse 50 Mo, le maximum que Parcours importe d’un fichier</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="634"/>
        <source>it is an Excel 97-2003 workbook (.xls); save it as .xlsx or CSV UTF-8 first</source>
        <translation>c’est un classeur Excel 97-2003 (.xls) ; enregistrez-le d’abord en .xlsx ou en CSV UTF-8</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="638"/>
        <source>it is not an XLSX workbook (it is not even a ZIP archive)</source>
        <translation>ce n’est pas un classeur XLSX (ce n’est même pas une archive ZIP)</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="639"/>
        <source>it holds NUL characters, so it is not a text file (save it as CSV UTF-8)</source>
        <translation>il contient des caractères NUL, ce n’est donc pas un fichier texte (enregistrez-le en CSV UTF-8)</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="643"/>
        <source>its UTF-16 text is damaged</source>
        <translation>son texte UTF-16 est endommagé</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="644"/>
        <source>its text is neither UTF-8 nor Windows-1252 (save it as CSV UTF-8)</source>
        <translation>son texte n’est ni en UTF-8 ni en Windows-1252 (enregistrez-le en CSV UTF-8)</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="647"/>
        <source>it holds no header row</source>
        <translation>il n’a pas de ligne d’en-tête</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="648"/>
        <source>it has more than 100 columns</source>
        <translation>il a plus de 100 colonnes</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="649"/>
        <source>it has more than 20,000 rows, the most Parcours imports at once</source>
        <translation>il a plus de 20 000 lignes, le maximum que Parcours importe en une fois</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="652"/>
        <source>it is damaged, or it is not an XLSX workbook</source>
        <translation>il est endommagé, ou ce n’est pas un classeur XLSX</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="653"/>
        <source>the workbook has no sheet</source>
        <translation>le classeur n’a aucune feuille</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="654"/>
        <source>it is a damaged ZIP archive, not a workbook</source>
        <translation>c’est une archive ZIP endommagée, pas un classeur</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="655"/>
        <source>it is an OpenDocument spreadsheet (.ods); save it as .xlsx or CSV UTF-8</source>
        <translation>c’est un classeur OpenDocument (.ods) ; enregistrez-le en .xlsx ou en CSV UTF-8</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="659"/>
        <source>it is a ZIP archive but not an XLSX workbook</source>
        <translation>c’est une archive ZIP, mais pas un classeur XLSX</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="660"/>
        <source>it holds too many parts to be a workbook</source>
        <translation>il contient trop de parties pour être un classeur</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="661"/>
        <source>it unpacks to far more than its size (a ZIP bomb?), more than Parcours reads</source>
        <translation>une fois décompressé, il dépasse de loin sa taille (une bombe ZIP ?), plus que ce que Parcours lit</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="665"/>
        <source>the sheet is empty</source>
        <translation>la feuille est vide</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="670"/>
        <source>it has no sheet “%1” (its sheets: %2)</source>
        <translation>il n’a pas de feuille « %1 » (ses feuilles : %2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="674"/>
        <source>“%1” is a chart, not a sheet of cells</source>
        <translation>« %1 » est un graphique, pas une feuille de cellules</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="678"/>
        <source>a cell near line %1 is longer than %2 characters</source>
        <translation>une cellule vers la ligne %1 dépasse %2 caractères</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="682"/>
        <source>a quoted cell that starts near line %1 is never closed</source>
        <translation>une cellule entre guillemets qui commence vers la ligne %1 n’est jamais fermée</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="688"/>
        <source>line %1 is not valid CSV (%2)</source>
        <translation>la ligne %1 n’est pas du CSV valide (%2)</translation>
    </message>
</context>
<context>
    <name>DocumentOutline</name>
    <message>
        <location filename="../../app/ui/outline.py" line="62"/>
        <location filename="../../app/ui/outline.py" line="78"/>
        <source>Journeys</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <location filename="../../app/ui/outline.py" line="66"/>
        <source>No persona yet: + adds one.</source>
        <translation>Aucun persona : + en ajoute un.</translation>
    </message>
    <message>
        <location filename="../../app/ui/outline.py" line="67"/>
        <location filename="../../app/ui/outline.py" line="80"/>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../../app/ui/outline.py" line="82"/>
        <source>Outline</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../app/ui/outline.py" line="92"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../../app/ui/outline.py" line="93"/>
        <source>Add to %s</source>
        <translation>Ajouter : %s</translation>
    </message>
    <message>
        <location filename="../../app/ui/outline.py" line="168"/>
        <source>Untitled journey</source>
        <translation>Parcours sans titre</translation>
    </message>
    <message>
        <location filename="../../app/ui/outline.py" line="170"/>
        <source>(future)</source>
        <translation>(futur)</translation>
    </message>
    <message>
        <location filename="../../app/ui/outline.py" line="179"/>
        <source>Unnamed persona</source>
        <translation>Persona sans nom</translation>
    </message>
    <message>
        <location filename="../../app/ui/outline.py" line="227"/>
        <source>New journey</source>
        <translation>Nouveau parcours</translation>
    </message>
    <message>
        <location filename="../../app/ui/outline.py" line="227"/>
        <source>Title of the journey:</source>
        <translation>Titre du parcours :</translation>
    </message>
    <message>
        <location filename="../../app/ui/outline.py" line="252"/>
        <source>Duplicate as future state</source>
        <translation>Dupliquer comme état futur</translation>
    </message>
    <message>
        <location filename="../../app/ui/outline.py" line="254"/>
        <source>Delete journey</source>
        <translation>Supprimer le parcours</translation>
    </message>
    <message>
        <location filename="../../app/ui/outline.py" line="265"/>
        <source>New persona</source>
        <translation>Nouveau persona</translation>
    </message>
    <message>
        <location filename="../../app/ui/outline.py" line="265"/>
        <source>Name of the persona:</source>
        <translation>Nom du persona :</translation>
    </message>
    <message>
        <location filename="../../app/ui/outline.py" line="280"/>
        <source>Rename persona</source>
        <translation>Renommer le persona</translation>
    </message>
    <message>
        <location filename="../../app/ui/outline.py" line="280"/>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <location filename="../../app/ui/outline.py" line="293"/>
        <source>Use for this journey</source>
        <translation>Utiliser pour ce parcours</translation>
    </message>
    <message>
        <location filename="../../app/ui/outline.py" line="296"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../app/ui/outline.py" line="297"/>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <location filename="../../app/ui/outline.py" line="299"/>
        <source>Delete persona</source>
        <translation>Supprimer le persona</translation>
    </message>
</context>
<context>
    <name>DocumentTab</name>
    <message>
        <location filename="../../app/ui/document_tab.py" line="27"/>
        <source>This map is open read-only: its file or folder cannot be written (read-only media, or no permission). Use File › Save As to keep an editable copy.</source>
        <translation>Cette carte est ouverte en lecture seule : son fichier ou son dossier ne peut pas être modifié (support en lecture seule, ou droits insuffisants). Utilisez Fichier › Enregistrer sous pour garder une copie modifiable.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/document_tab.py" line="73"/>
        <source>%n more pictures of this map were left out.</source>
        <translation>
            <numerusform>%n autre image de cette carte a été écartée.</numerusform>
            <numerusform>%n autres images de cette carte ont été écartées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/document_tab.py" line="82"/>
        <source>“%1” was opened without its version history, which does not hold together: the map itself is whole, and its next Save starts a new history.</source>
        <translation>« %1 » a été ouverte sans son historique des versions, qui n’est pas cohérent : la carte elle-même est entière, et son prochain enregistrement commence un nouvel historique.</translation>
    </message>
</context>
<context>
    <name>Drops</name>
    <message>
        <location filename="../../app/ui/canvas/drops.py" line="40"/>
        <source>Drop to merge a copy of this map, or to open another map.</source>
        <translation>Déposez pour fusionner une copie de cette carte, ou pour ouvrir une autre carte.</translation>
    </message>
    <message>
        <location filename="../../app/ui/canvas/drops.py" line="57"/>
        <source>this card</source>
        <translation>cette carte</translation>
    </message>
    <message>
        <location filename="../../app/ui/canvas/drops.py" line="58"/>
        <source>this stage</source>
        <translation>cette étape</translation>
    </message>
    <message>
        <location filename="../../app/ui/canvas/drops.py" line="59"/>
        <source>this emotion point</source>
        <translation>ce point d’émotion</translation>
    </message>
    <message>
        <location filename="../../app/ui/canvas/drops.py" line="61"/>
        <source>Drop to attach the photos to %s.</source>
        <translation>Déposez pour joindre les photos à %s.</translation>
    </message>
    <message>
        <location filename="../../app/ui/canvas/drops.py" line="64"/>
        <source>Photos go on a card, a stage or an emotion point: drop them on one.</source>
        <translation>Les photos se posent sur une carte, une étape ou un point d’émotion : déposez-les sur l’un d’eux.</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <location filename="../../app/ui/evidence_actions.py" line="107"/>
        <source>Pasted image</source>
        <translation>Image collée</translation>
    </message>
</context>
<context>
    <name>EvidenceForm</name>
    <message>
        <location filename="../../app/ui/evidence_panel.py" line="51"/>
        <source>Quote</source>
        <translation>Verbatim</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence_panel.py" line="52"/>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence_panel.py" line="53"/>
        <location filename="../../app/ui/evidence_panel.py" line="69"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence_panel.py" line="54"/>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence_panel.py" line="55"/>
        <source>Insight</source>
        <translation>Enseignement</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence_panel.py" line="60"/>
        <source>Date (YYYY-MM-DD)</source>
        <translation>Date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence_panel.py" line="63"/>
        <source>Verbatim</source>
        <translation>Verbatim</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence_panel.py" line="64"/>
        <source>Who said it</source>
        <translation>Qui l’a dit</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence_panel.py" line="65"/>
        <source>Source (interview, survey…)</source>
        <translation>Source (entretien, enquête…)</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence_panel.py" line="68"/>
        <source>Address (URL)</source>
        <translation>Adresse (URL)</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence_panel.py" line="68"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence_panel.py" line="69"/>
        <location filename="../../app/ui/evidence_panel.py" line="70"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence_panel.py" line="70"/>
        <source>Caption</source>
        <translation>Légende</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence_panel.py" line="72"/>
        <source>What the research found</source>
        <translation>Ce que l’étude a montré</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence_panel.py" line="73"/>
        <source>Its sources (interviews, surveys, logs…)</source>
        <translation>Ses sources (entretiens, enquêtes, réclamations…)</translation>
    </message>
</context>
<context>
    <name>EvidenceLibrary</name>
    <message>
        <location filename="../../app/ui/evidence_library.py" line="33"/>
        <source>Evidence library</source>
        <translation>Bibliothèque des éléments illustratifs</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence_library.py" line="37"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence_library.py" line="37"/>
        <source>Evidence</source>
        <translation>Éléments illustratifs</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence_library.py" line="37"/>
        <source>Used in</source>
        <translation>Utilisé dans</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence_library.py" line="45"/>
        <source>Only what is not used</source>
        <translation>Seulement ce qui n’est pas utilisé</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence_library.py" line="47"/>
        <source>Attach to the selection</source>
        <translation>Rattacher à la sélection</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence_library.py" line="49"/>
        <source>Delete everywhere</source>
        <translation>Supprimer partout</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence_library.py" line="79"/>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence_library.py" line="79"/>
        <source>Quote</source>
        <translation>Verbatim</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence_library.py" line="79"/>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence_library.py" line="80"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence_library.py" line="101"/>
        <source>Not used</source>
        <translation>Inutilisé</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence_library.py" line="113"/>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence_library.py" line="114"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence_library.py" line="115"/>
        <source>Journey</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence_library.py" line="116"/>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence_library.py" line="117"/>
        <source>Emotion point</source>
        <translation>Point d’émotion</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <location filename="../../app/ui/evidence_panel.py" line="136"/>
        <source>No evidence here yet. Drop photos on the element, or add a quote or a link with the buttons below.</source>
        <translation>Aucun élément illustratif pour l’instant. Déposez des photos sur l’élément, ou ajoutez un verbatim ou un lien avec les boutons ci-dessous.</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence_panel.py" line="142"/>
        <source>Evidence of the selection</source>
        <translation>Éléments illustratifs de la sélection</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence_panel.py" line="148"/>
        <source>Photo…</source>
        <translation>Photo…</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence_panel.py" line="149"/>
        <source>Quote…</source>
        <translation>Verbatim…</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence_panel.py" line="150"/>
        <source>Link…</source>
        <translation>Lien…</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence_panel.py" line="151"/>
        <source>Insight…</source>
        <translation>Enseignement…</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence_panel.py" line="158"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence_panel.py" line="159"/>
        <source>Detach</source>
        <translation>Détacher</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence_panel.py" line="207"/>
        <source>Open a map to see its evidence here.</source>
        <translation>Ouvrez une carte pour voir ici ses éléments illustratifs.</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence_panel.py" line="210"/>
        <source>Evidence of this card</source>
        <translation>Éléments illustratifs de cette carte</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence_panel.py" line="211"/>
        <source>Evidence of this emotion point</source>
        <translation>Éléments illustratifs de ce point d’émotion</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence_panel.py" line="212"/>
        <source>Evidence of this stage</source>
        <translation>Éléments illustratifs de cette étape</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence_panel.py" line="213"/>
        <source>Evidence of the journey</source>
        <translation>Éléments illustratifs du parcours</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence_panel.py" line="233"/>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence_panel.py" line="253"/>
        <source>Add photos</source>
        <translation>Ajouter des photos</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="40"/>
        <source>Export a poster</source>
        <translation>Exporter une affiche</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="43"/>
        <source>The map</source>
        <translation>La carte</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="44"/>
        <source>Opportunity matrix</source>
        <translation>Matrice des opportunités</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="45"/>
        <source>Action plan</source>
        <translation>Plan d’actions</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="46"/>
        <source>Touchpoint inventory</source>
        <translation>Inventaire des points de contact</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="47"/>
        <source>Comparison of every journey</source>
        <translation>Comparaison de tous les parcours</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="48"/>
        <source>Journey statistics</source>
        <translation>Statistiques du parcours</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="57"/>
        <source>Excel workbook</source>
        <translation>Classeur Excel</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="62"/>
        <source>Detailed</source>
        <translation>Détaillée</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="63"/>
        <source>Simplified (titles, curve, moments of truth)</source>
        <translation>Simplifiée (titres, courbe, moments de vérité)</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="69"/>
        <source>Crop marks (for a print shop)</source>
        <translation>Traits de coupe (pour un imprimeur)</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="70"/>
        <source>Open comments (numbered on the poster, then listed)</source>
        <translation>Commentaires ouverts (numérotés sur l’affiche, puis listés)</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="73"/>
        <source>Fonts embedded</source>
        <translation>Polices incorporées</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="74"/>
        <source>Letters as shapes (for tools that ignore embedded fonts)</source>
        <translation>Lettres en tracés (pour les outils qui ignorent les polices incorporées)</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="81"/>
        <source>Follow the map</source>
        <translation>Selon la carte</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="82"/>
        <source>Landscape</source>
        <translation>Paysage</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="83"/>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="92"/>
        <source>One sheet</source>
        <translation>Une seule feuille</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="93"/>
        <source>Tiled on A4 sheets</source>
        <translation>En mosaïque sur feuilles A4</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="94"/>
        <source>Tiled on A3 sheets</source>
        <translation>En mosaïque sur feuilles A3</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="101"/>
        <source>All journeys (one page each)</source>
        <translation>Tous les parcours (une page chacun)</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="104"/>
        <source>No persona sheet</source>
        <translation>Sans fiche persona</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="105"/>
        <source>Persona sheet, then the poster</source>
        <translation>Fiche persona, puis l’affiche</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="106"/>
        <source>Persona sheet alone</source>
        <translation>Fiche persona seule</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="110"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="114"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="115"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="116"/>
        <source>Density</source>
        <translation>Densité</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="117"/>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="118"/>
        <source>Orientation</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="119"/>
        <source>Resolution (PNG)</source>
        <translation>Résolution (PNG)</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="120"/>
        <source>Printing</source>
        <translation>Impression</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="121"/>
        <source>Overlap between sheets</source>
        <translation>Chevauchement des feuilles</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="122"/>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="123"/>
        <source>Bleed (PDF)</source>
        <translation>Fond perdu (PDF)</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="125"/>
        <source>Text in the SVG</source>
        <translation>Texte du SVG</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="172"/>
        <source>Export as</source>
        <translation>Exporter sous</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="222"/>
        <source>Exported %s</source>
        <translation>%s exporté</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../app/ui/fields.py" line="48"/>
        <source>A number is needed here.</source>
        <translation>Un nombre est attendu ici.</translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="52"/>
        <location filename="../../app/ui/fields.py" line="54"/>
        <source>“%1” is not a number.</source>
        <translation>« %1 » n’est pas un nombre.</translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="56"/>
        <source>A whole number is needed here.</source>
        <translation>Un nombre entier est attendu ici.</translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="59"/>
        <source>It goes from %1 to %2.</source>
        <translation>De %1 à %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="62"/>
        <source>It is %1 or more.</source>
        <translation>%1 ou plus.</translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="64"/>
        <source>It is %1 or less.</source>
        <translation>%1 ou moins.</translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="82"/>
        <source>There is no such day.</source>
        <translation>Ce jour n’existe pas.</translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="83"/>
        <source>Write a date as YYYY-MM-DD or DD/MM/YYYY.</source>
        <translation>Écrivez la date sous la forme JJ/MM/AAAA ou AAAA-MM-JJ.</translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="187"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../app/ui/find.py" line="198"/>
        <source>Find in the map: cards, stages, lanes, feelings, evidence, personas</source>
        <translation>Rechercher dans la carte : cartes, étapes, couloirs, ressentis, éléments, personas</translation>
    </message>
    <message>
        <location filename="../../app/ui/find.py" line="200"/>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../../app/ui/find.py" line="209"/>
        <source>Previous (Shift+Enter)</source>
        <translation>Précédent (Maj+Entrée)</translation>
    </message>
    <message>
        <location filename="../../app/ui/find.py" line="210"/>
        <source>Next (Enter, F3)</source>
        <translation>Suivant (Entrée, F3)</translation>
    </message>
    <message>
        <location filename="../../app/ui/find.py" line="211"/>
        <source>Close (Escape)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <location filename="../../app/ui/find.py" line="292"/>
        <source>No match</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <location filename="../../app/ui/find.py" line="295"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>Hints</name>
    <message>
        <location filename="../../app/ui/hints.py" line="30"/>
        <source>Card “%1”</source>
        <translation>Carte « %1 »</translation>
    </message>
    <message>
        <location filename="../../app/ui/hints.py" line="31"/>
        <source>Stage “%1”</source>
        <translation>Étape « %1 »</translation>
    </message>
    <message>
        <location filename="../../app/ui/hints.py" line="32"/>
        <source>Lane “%1”</source>
        <translation>Couloir « %1 »</translation>
    </message>
    <message>
        <location filename="../../app/ui/hints.py" line="33"/>
        <source>Emotion point “%1”</source>
        <translation>Point d’émotion « %1 »</translation>
    </message>
    <message>
        <location filename="../../app/ui/hints.py" line="34"/>
        <source>Metric “%1”</source>
        <translation>Indicateur « %1 »</translation>
    </message>
    <message>
        <location filename="../../app/ui/hints.py" line="35"/>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../../app/ui/hints.py" line="56"/>
        <source>Empty cell — double-click to add here, right-click for more</source>
        <translation>Case vide — double-cliquez pour y ajouter, clic droit pour plus</translation>
    </message>
    <message>
        <location filename="../../app/ui/hints.py" line="63"/>
        <source>drag to move it, double-click to edit, right-click for more</source>
        <translation>faites-la glisser pour la déplacer, double-cliquez pour la modifier, clic droit pour plus</translation>
    </message>
    <message>
        <location filename="../../app/ui/hints.py" line="66"/>
        <source>drag to reorder, drag its right edge to widen, double-click to rename</source>
        <translation>faites-la glisser pour la déplacer, tirez son bord droit pour l’élargir, double-cliquez pour la renommer</translation>
    </message>
    <message>
        <location filename="../../app/ui/hints.py" line="69"/>
        <source>drag to reorder, drag its bottom edge to resize, double-click to rename</source>
        <translation>faites-le glisser pour le déplacer, tirez son bord bas pour le redimensionner, double-cliquez pour le renommer</translation>
    </message>
    <message>
        <location filename="../../app/ui/hints.py" line="72"/>
        <source>drag up or down to change the feeling, double-click to label</source>
        <translation>faites-le glisser vers le haut ou le bas pour changer le ressenti, double-cliquez pour le nommer</translation>
    </message>
    <message>
        <location filename="../../app/ui/hints.py" line="75"/>
        <source>double-click to rename, right-click for more</source>
        <translation>double-cliquez pour le renommer, clic droit pour plus</translation>
    </message>
    <message>
        <location filename="../../app/ui/hints.py" line="78"/>
        <source>click to select, Delete removes it, right-click for more</source>
        <translation>cliquez pour la sélectionner, Suppr pour la supprimer, clic droit pour plus</translation>
    </message>
    <message>
        <location filename="../../app/ui/hints.py" line="101"/>
        <source>F2 to edit, arrows to go to the next card, Alt+arrows to move it</source>
        <translation>F2 pour la modifier, flèches pour passer à la carte voisine, Alt+flèches pour la déplacer</translation>
    </message>
    <message>
        <location filename="../../app/ui/hints.py" line="104"/>
        <source>F2 to rename, Alt+Left or Alt+Right to move it</source>
        <translation>F2 pour la renommer, Alt+Gauche ou Alt+Droite pour la déplacer</translation>
    </message>
    <message>
        <location filename="../../app/ui/hints.py" line="107"/>
        <source>F2 to rename, Alt+Up or Alt+Down to move it</source>
        <translation>F2 pour le renommer, Alt+Haut ou Alt+Bas pour le déplacer</translation>
    </message>
    <message>
        <location filename="../../app/ui/hints.py" line="108"/>
        <source>F2 to label, Alt+Up or Alt+Down to change the feeling</source>
        <translation>F2 pour le nommer, Alt+Haut ou Alt+Bas pour changer le ressenti</translation>
    </message>
    <message>
        <location filename="../../app/ui/hints.py" line="111"/>
        <source>F2 to rename, Delete removes it</source>
        <translation>F2 pour le renommer, Suppr pour le supprimer</translation>
    </message>
    <message>
        <location filename="../../app/ui/hints.py" line="112"/>
        <source>Delete removes it</source>
        <translation>Suppr pour la supprimer</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="58"/>
        <source>Cards</source>
        <translation>Cartes</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="59"/>
        <source>Touchpoints</source>
        <translation>Points de contact</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="60"/>
        <source>Opportunities (action plan)</source>
        <translation>Opportunités (plan d’actions)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="61"/>
        <source>Metrics</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="68"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="69"/>
        <source>Stage number</source>
        <translation>Numéro d’étape</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="70"/>
        <source>Lane</source>
        <translation>Couloir</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="71"/>
        <source>Lane kind</source>
        <translation>Type de couloir</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="72"/>
        <source>Lane number</source>
        <translation>Numéro de couloir</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="73"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="74"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="75"/>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="76"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="77"/>
        <source>Direct</source>
        <translation>Direct</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="78"/>
        <source>Physical</source>
        <translation>Physique</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="79"/>
        <source>Current or future</source>
        <translation>Actuel ou futur</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="80"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="81"/>
        <source>Pain or gain</source>
        <translation>Irritant ou enchanteur</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="82"/>
        <source>Moment of truth</source>
        <translation>Moment de vérité</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="83"/>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="84"/>
        <source>Effort</source>
        <translation>Effort</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="85"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="86"/>
        <source>Id (updates that element)</source>
        <translation>Id (met à jour cet élément)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="87"/>
        <source>Metric</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="88"/>
        <source>Value before</source>
        <translation>Valeur avant</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="89"/>
        <source>Value after</source>
        <translation>Valeur après</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="90"/>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="91"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="93"/>
        <source>Key touchpoint</source>
        <translation>Point de contact clé</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="94"/>
        <source>Kind of effort</source>
        <translation>Type d’effort</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="95"/>
        <source>Magic moment</source>
        <translation>Moment magique</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="96"/>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="97"/>
        <source>Kind of metric</source>
        <translation>Type d’indicateur</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="98"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="99"/>
        <source>Measured before</source>
        <translation>Mesuré avant le</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="100"/>
        <source>Measured after</source>
        <translation>Mesuré après le</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="101"/>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="110"/>
        <source>Import a spreadsheet</source>
        <translation>Importer un tableur</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="112"/>
        <source>Spreadsheets (*.xlsx *.csv *.txt *.tsv)</source>
        <translation>Tableurs (*.xlsx *.csv *.txt *.tsv)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="132"/>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="144"/>
        <source>Create the stages and lanes this journey lacks</source>
        <translation>Créer les étapes et couloirs qui manquent à ce parcours</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="149"/>
        <source>Into the journey:</source>
        <translation>Dans le parcours :</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="150"/>
        <source>The rows are:</source>
        <translation>Les lignes sont :</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="152"/>
        <source>Sheet:</source>
        <translation>Feuille :</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="156"/>
        <source>Column of the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="156"/>
        <source>Field in Parcours</source>
        <translation>Champ dans Parcours</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="156"/>
        <source>First value</source>
        <translation>Première valeur</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="171"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="206"/>
        <source>(left out)</source>
        <translation>(non importée)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="266"/>
        <source>Added</source>
        <translation>Ajoutée</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="267"/>
        <source>Updated</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="268"/>
        <source>Unchanged</source>
        <translation>Inchangée</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="269"/>
        <source>Refused</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="271"/>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="271"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_dialog.py" line="302"/>
        <source>%n to add</source>
        <translation>
            <numerusform>%n à ajouter</numerusform>
            <numerusform>%n à ajouter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_dialog.py" line="303"/>
        <source>%n to update</source>
        <translation>
            <numerusform>%n à mettre à jour</numerusform>
            <numerusform>%n à mettre à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_dialog.py" line="304"/>
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n inchangée</numerusform>
            <numerusform>%n inchangées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_dialog.py" line="305"/>
        <source>%n refused</source>
        <translation>
            <numerusform>%n refusée</numerusform>
            <numerusform>%n refusées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="308"/>
        <source>“%1”</source>
        <translation>« %1 »</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="311"/>
        <source>New stages: %1.</source>
        <translation>Nouvelles étapes : %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="314"/>
        <source>New lanes: %1.</source>
        <translation>Nouveaux couloirs : %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_dialog.py" line="331"/>
        <source>%n rows imported.</source>
        <translation>
            <numerusform>%n ligne importée.</numerusform>
            <numerusform>%n lignes importées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <location filename="../../app/ui/messages.py" line="555"/>
        <source>Row %1: the title is empty.</source>
        <translation>Ligne %1 : le titre est vide.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="556"/>
        <source>Row %1: the metric has no name.</source>
        <translation>Ligne %1 : l’indicateur n’a pas de nom.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="557"/>
        <source>Row %1: no stage is given.</source>
        <translation>Ligne %1 : aucune étape n’est indiquée.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="558"/>
        <source>Row %1: no lane is given.</source>
        <translation>Ligne %1 : aucun couloir n’est indiqué.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="559"/>
        <source>Row %1: this journey has no stage “%2”.</source>
        <translation>Ligne %1 : ce parcours n’a pas d’étape « %2 ».</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="560"/>
        <source>Row %1: this journey has no lane “%2”.</source>
        <translation>Ligne %1 : ce parcours n’a pas de couloir « %2 ».</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="561"/>
        <source>Row %1: this journey has no stage number %2.</source>
        <translation>Ligne %1 : ce parcours n’a pas d’étape numéro %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="562"/>
        <source>Row %1: this journey has no lane number %2.</source>
        <translation>Ligne %1 : ce parcours n’a pas de couloir numéro %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="563"/>
        <source>Row %1: this journey has no lane of kind “%2”.</source>
        <translation>Ligne %1 : ce parcours n’a pas de couloir de type « %2 ».</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="564"/>
        <source>Row %1: “%2” is an emotion lane, which holds emotion points, not cards.</source>
        <translation>Ligne %1 : « %2 » est un couloir d’émotions, qui porte des points d’émotion, pas des cartes.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="567"/>
        <source>Row %1: %2 must be a whole number from %3 to %4, not “%5”.</source>
        <translation>Ligne %1 : %2 doit être un nombre entier de %3 à %4, pas « %5 ».</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="568"/>
        <source>Row %1: %2 must be a whole number, not “%3”.</source>
        <translation>Ligne %1 : %2 doit être un nombre entier, pas « %3 ».</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="569"/>
        <source>Row %1: %2 must be a number, not “%3”.</source>
        <translation>Ligne %1 : %2 doit être un nombre, pas « %3 ».</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="570"/>
        <source>Row %1: %2 must be less than a million million, not “%3”.</source>
        <translation>Ligne %1 : %2 doit être inférieur à mille milliards, pas « %3 ».</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="571"/>
        <source>Row %1: %2 must be yes or no, not “%3”.</source>
        <translation>Ligne %1 : %2 doit être oui ou non, pas « %3 ».</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="572"/>
        <source>Row %1: %2 cannot be “%3”; it takes %4.</source>
        <translation>Ligne %1 : %2 ne peut pas valoir « %3 » ; valeurs possibles : %4.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="573"/>
        <source>Row %1: %2 must be a date (YYYY-MM-DD or DD/MM/YYYY), not “%3”.</source>
        <translation>Ligne %1 : %2 doit être une date (AAAA-MM-JJ ou JJ/MM/AAAA), pas « %3 ».</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="576"/>
        <source>Row %1: %2 is longer than %3 characters.</source>
        <translation>Ligne %1 : %2 dépasse %3 caractères.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="577"/>
        <source>Row %1: %2 holds an invisible control character (%3).</source>
        <translation>Ligne %1 : %2 contient un caractère de contrôle invisible (%3).</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="578"/>
        <source>Row %1: the value of %2 is not allowed (“%3”).</source>
        <translation>Ligne %1 : la valeur de %2 n’est pas permise (« %3 »).</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="579"/>
        <source>Column “%1” is left out (no field of Parcours matches it).</source>
        <translation>La colonne « %1 » n’est pas importée (aucun champ de Parcours n’y correspond).</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="580"/>
        <source>The file is not UTF-8; it was read as Windows-1252 (Western European).</source>
        <translation>Le fichier n’est pas en UTF-8 ; il a été lu en Windows-1252 (Europe occidentale).</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="583"/>
        <source>No column holds the titles: map one to Title.</source>
        <translation>Aucune colonne ne porte les titres : associez-en une à Titre.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="584"/>
        <source>No column holds the metric names: map one to Metric.</source>
        <translation>Aucune colonne ne porte les noms d’indicateurs : associez-en une à Indicateur.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="585"/>
        <source>No column names the stages: map one to Stage or Stage no.</source>
        <translation>Aucune colonne ne nomme les étapes : associez-en une à Étape ou Numéro d’étape.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="586"/>
        <source>Row %1 has %2 cells where the header has %3 (a stray delimiter or quote?).</source>
        <translation>La ligne %1 a %2 cellules alors que l’en-tête en a %3 (un séparateur ou un guillemet en trop ?).</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="589"/>
        <source>Row %1 has cells to the right of the last titled column.</source>
        <translation>La ligne %1 a des cellules à droite de la dernière colonne titrée.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="590"/>
        <source>Row %1 has a cell longer than %2 characters.</source>
        <translation>La ligne %1 a une cellule de plus de %2 caractères.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="591"/>
        <source>Row %1: its new stage “%2” would be one too many (a journey holds at most %3).</source>
        <translation>Ligne %1 : sa nouvelle étape « %2 » serait de trop (un parcours compte au plus %3 étapes).</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="595"/>
        <source>Row %1: its new lane “%2” would be one too many (a journey holds at most %3).</source>
        <translation>Ligne %1 : son nouveau couloir « %2 » serait de trop (un parcours compte au plus %3 couloirs).</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="599"/>
        <source>Row %1: its new stage “%2” would be one too many (a map holds at most %3).</source>
        <translation>Ligne %1 : sa nouvelle étape « %2 » serait de trop (une carte compte au plus %3 étapes).</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="602"/>
        <source>Row %1: its new lane “%2” would be one too many (a map holds at most %3).</source>
        <translation>Ligne %1 : son nouveau couloir « %2 » serait de trop (une carte compte au plus %3 couloirs).</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="605"/>
        <source>Row %1: one card too many (a map holds at most %2).</source>
        <translation>Ligne %1 : une carte de trop (une carte Parcours en compte au plus %2).</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="606"/>
        <source>Row %1: one metric too many (a map holds at most %2).</source>
        <translation>Ligne %1 : un indicateur de trop (une carte compte au plus %2 indicateurs).</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="607"/>
        <source>Row %1: the map&apos;s text would pass %2 characters, the most a map holds.</source>
        <translation>Ligne %1 : le texte de la carte dépasserait %2 caractères, le maximum qu’une carte contient.</translation>
    </message>
</context>
<context>
    <name>InsertMenu</name>
    <message>
        <location filename="../../app/ui/insert_menu.py" line="42"/>
        <source>&amp;Stage</source>
        <translation>É&amp;tape</translation>
    </message>
    <message>
        <location filename="../../app/ui/insert_menu.py" line="43"/>
        <source>&amp;Touchpoint</source>
        <translation>&amp;Point de contact</translation>
    </message>
    <message>
        <location filename="../../app/ui/insert_menu.py" line="44"/>
        <source>&amp;Card</source>
        <translation>&amp;Carte</translation>
    </message>
    <message>
        <location filename="../../app/ui/insert_menu.py" line="45"/>
        <source>&amp;Pain</source>
        <translation>&amp;Irritant</translation>
    </message>
    <message>
        <location filename="../../app/ui/insert_menu.py" line="46"/>
        <source>&amp;Gain</source>
        <translation>&amp;Enchanteur</translation>
    </message>
    <message>
        <location filename="../../app/ui/insert_menu.py" line="47"/>
        <source>&amp;Opportunity</source>
        <translation>&amp;Opportunité</translation>
    </message>
    <message>
        <location filename="../../app/ui/insert_menu.py" line="48"/>
        <source>&amp;Emotion Point</source>
        <translation>Point d’é&amp;motion</translation>
    </message>
    <message>
        <location filename="../../app/ui/insert_menu.py" line="49"/>
        <source>&amp;Metric</source>
        <translation>In&amp;dicateur</translation>
    </message>
    <message>
        <location filename="../../app/ui/insert_menu.py" line="50"/>
        <source>&amp;Touchpoints</source>
        <translation>Points de &amp;contact</translation>
    </message>
    <message>
        <location filename="../../app/ui/insert_menu.py" line="51"/>
        <source>Te&amp;xt (actions, thoughts…)</source>
        <translation>&amp;Texte (actions, pensées…)</translation>
    </message>
    <message>
        <location filename="../../app/ui/insert_menu.py" line="52"/>
        <source>&amp;Emotion Curve</source>
        <translation>Courbe é&amp;motionnelle</translation>
    </message>
    <message>
        <location filename="../../app/ui/insert_menu.py" line="53"/>
        <source>&amp;Pains and Gains</source>
        <translation>&amp;Irritants et enchanteurs</translation>
    </message>
    <message>
        <location filename="../../app/ui/insert_menu.py" line="54"/>
        <source>&amp;Opportunities</source>
        <translation>&amp;Opportunités</translation>
    </message>
    <message>
        <location filename="../../app/ui/insert_menu.py" line="55"/>
        <source>&amp;Storyboard</source>
        <translation>&amp;Storyboard</translation>
    </message>
    <message>
        <location filename="../../app/ui/insert_menu.py" line="56"/>
        <source>&amp;Metrics</source>
        <translation>In&amp;dicateurs</translation>
    </message>
    <message>
        <location filename="../../app/ui/insert_menu.py" line="69"/>
        <source>&amp;Insert</source>
        <translation>&amp;Insertion</translation>
    </message>
    <message>
        <location filename="../../app/ui/insert_menu.py" line="73"/>
        <source>&amp;Lane</source>
        <translation>Co&amp;uloir</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <location filename="../../app/ui/inspector.py" line="59"/>
        <source>Inspector</source>
        <translation>Inspecteur</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="71"/>
        <location filename="../../app/ui/inspector.py" line="110"/>
        <source>Open a map to see its elements here.</source>
        <translation>Ouvrez une carte pour voir ici ses éléments.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/inspector.py" line="115"/>
        <source>%n elements selected.</source>
        <translation>
            <numerusform>%n élément sélectionné.</numerusform>
            <numerusform>%n éléments sélectionnés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="122"/>
        <source>This element has nothing to edit here.</source>
        <translation>Cet élément n’a rien à modifier ici.</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector_forms.py" line="79"/>
        <location filename="../../app/ui/inspector_forms.py" line="162"/>
        <location filename="../../app/ui/inspector_forms.py" line="180"/>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector_forms.py" line="82"/>
        <location filename="../../app/ui/inspector_forms.py" line="101"/>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector_forms.py" line="84"/>
        <location filename="../../app/ui/inspector_forms.py" line="160"/>
        <location filename="../../app/ui/inspector_forms.py" line="178"/>
        <location filename="../../app/ui/inspector_forms.py" line="276"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector_forms.py" line="85"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector_forms.py" line="140"/>
        <source>Sentiment</source>
        <translation>Sentiment</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector_forms.py" line="142"/>
        <source>Moment of truth</source>
        <translation>Moment de vérité</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector_forms.py" line="135"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector_forms.py" line="136"/>
        <source>Direct touchpoint</source>
        <translation>Point de contact direct</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector_forms.py" line="137"/>
        <source>Physical (not digital)</source>
        <translation>Physique (pas numérique)</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector_forms.py" line="138"/>
        <location filename="../../app/ui/inspector_forms.py" line="279"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector_forms.py" line="146"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector_forms.py" line="147"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector_forms.py" line="155"/>
        <location filename="../../app/ui/inspector_forms.py" line="158"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector_forms.py" line="161"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector_forms.py" line="163"/>
        <source>Width (columns)</source>
        <translation>Largeur (colonnes)</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector_forms.py" line="173"/>
        <location filename="../../app/ui/inspector_forms.py" line="176"/>
        <source>Lane</source>
        <translation>Couloir</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector_forms.py" line="179"/>
        <location filename="../../app/ui/inspector_forms.py" line="233"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector_forms.py" line="181"/>
        <source>Height (rows)</source>
        <translation>Hauteur (rangées)</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector_forms.py" line="182"/>
        <source>Hidden</source>
        <translation>Masqué</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector_forms.py" line="202"/>
        <location filename="../../app/ui/inspector_forms.py" line="205"/>
        <source>Emotion point</source>
        <translation>Point d’émotion</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector_forms.py" line="207"/>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector_forms.py" line="210"/>
        <source>Feeling (-5 to +5)</source>
        <translation>Ressenti (de -5 à +5)</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector_forms.py" line="217"/>
        <source>Place in the stage (0 to 1)</source>
        <translation>Place dans l’étape (de 0 à 1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector_forms.py" line="271"/>
        <location filename="../../app/ui/inspector_forms.py" line="274"/>
        <source>Journey</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector_forms.py" line="277"/>
        <source>Context and scenario</source>
        <translation>Contexte et scénario</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector_forms.py" line="278"/>
        <source>Customer goal</source>
        <translation>Objectif du client</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector_forms.py" line="315"/>
        <source>Neutral</source>
        <translation>Neutre</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector_forms.py" line="316"/>
        <source>Pain</source>
        <translation>Irritant</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector_forms.py" line="317"/>
        <source>Gain</source>
        <translation>Enchanteur</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector_forms.py" line="324"/>
        <source>Current</source>
        <translation>Actuel</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector_forms.py" line="325"/>
        <source>Future</source>
        <translation>Futur</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector_forms.py" line="133"/>
        <location filename="../../app/ui/inspector_forms.py" line="331"/>
        <location filename="../../app/ui/inspector_forms.py" line="342"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector_forms.py" line="100"/>
        <source>Also on this card</source>
        <translation>Également sur cette carte</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector_forms.py" line="106"/>
        <source>Touchpoint</source>
        <translation>Point de contact</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector_forms.py" line="107"/>
        <source>Pain or gain</source>
        <translation>Irritant ou enchanteur</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector_forms.py" line="108"/>
        <source>Opportunity</source>
        <translation>Opportunité</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector_forms.py" line="109"/>
        <source>Marks</source>
        <translation>Marques</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector_forms.py" line="139"/>
        <source>Key touchpoint</source>
        <translation>Point de contact clé</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector_forms.py" line="141"/>
        <source>Kind of effort</source>
        <translation>Type d’effort</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector_forms.py" line="143"/>
        <source>Magic moment (beyond expectations)</source>
        <translation>Moment magique (au-delà des attentes)</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector_forms.py" line="144"/>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector_forms.py" line="145"/>
        <source>Effort</source>
        <translation>Effort</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector_forms.py" line="148"/>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector_forms.py" line="166"/>
        <source>Metrics of this stage</source>
        <translation>Indicateurs de cette étape</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector_forms.py" line="186"/>
        <source>Service blueprint</source>
        <translation>Blueprint de service</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector_forms.py" line="190"/>
        <source>Place in the blueprint</source>
        <translation>Place dans le blueprint</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector_forms.py" line="231"/>
        <location filename="../../app/ui/inspector_forms.py" line="260"/>
        <source>Metric</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector_forms.py" line="234"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector_forms.py" line="235"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector_forms.py" line="239"/>
        <source>Before and after the changes</source>
        <translation>Avant et après les changements</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector_forms.py" line="241"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector_forms.py" line="242"/>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector_forms.py" line="243"/>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector_forms.py" line="247"/>
        <source>Where and when it was measured</source>
        <translation>Où et quand il a été mesuré</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector_forms.py" line="249"/>
        <source>Source (survey, analytics…)</source>
        <translation>Source (enquête, statistiques…)</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector_forms.py" line="250"/>
        <source>Measured before on</source>
        <translation>Mesuré avant le</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector_forms.py" line="251"/>
        <source>Measured after on</source>
        <translation>Mesuré après le</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector_forms.py" line="257"/>
        <source>Computed from the answers</source>
        <translation>Calculé à partir des réponses</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector_forms.py" line="259"/>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector_forms.py" line="283"/>
        <source>The map</source>
        <translation>La carte</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector_forms.py" line="286"/>
        <source>Title of the map</source>
        <translation>Titre de la carte</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector_forms.py" line="288"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector_forms.py" line="289"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector_forms.py" line="292"/>
        <source>Language of the map</source>
        <translation>Langue de la carte</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector_forms.py" line="305"/>
        <location filename="../../app/ui/inspector_forms.py" line="306"/>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector_forms.py" line="332"/>
        <source>Idea</source>
        <translation>Idée</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector_forms.py" line="333"/>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector_forms.py" line="334"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector_forms.py" line="335"/>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector_forms.py" line="343"/>
        <source>Web site</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector_forms.py" line="344"/>
        <source>Mobile app</source>
        <translation>Application mobile</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector_forms.py" line="345"/>
        <source>Store, branch</source>
        <translation>Magasin, agence</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector_forms.py" line="346"/>
        <source>Advisor</source>
        <translation>Conseiller</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector_forms.py" line="347"/>
        <source>Phone, call centre</source>
        <translation>Téléphone, centre d’appels</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector_forms.py" line="348"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector_forms.py" line="349"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector_forms.py" line="350"/>
        <source>Chat, chatbot</source>
        <translation>Chat, chatbot</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector_forms.py" line="351"/>
        <source>Social media</source>
        <translation>Réseaux sociaux</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector_forms.py" line="352"/>
        <source>Press, influencers</source>
        <translation>Presse, influenceurs</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector_forms.py" line="353"/>
        <source>Review sites</source>
        <translation>Sites d’avis</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector_forms.py" line="354"/>
        <source>Letter</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector_forms.py" line="355"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector_forms.py" line="356"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector_forms.py" line="363"/>
        <source>Text (actions, thoughts, backstage…)</source>
        <translation>Texte (actions, pensées, coulisses…)</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector_forms.py" line="364"/>
        <source>Touchpoints</source>
        <translation>Points de contact</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector_forms.py" line="365"/>
        <source>Emotion curve</source>
        <translation>Courbe émotionnelle</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector_forms.py" line="366"/>
        <source>Pains and gains</source>
        <translation>Irritants et enchanteurs</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector_forms.py" line="367"/>
        <source>Opportunities</source>
        <translation>Opportunités</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector_forms.py" line="368"/>
        <source>Storyboard (photos)</source>
        <translation>Storyboard (photos)</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector_forms.py" line="369"/>
        <source>Metrics</source>
        <translation>Indicateurs</translation>
    </message>
</context>
<context>
    <name>InspectorSections</name>
    <message>
        <location filename="../../app/ui/inspector_sections.py" line="59"/>
        <source>Metrics of this stage</source>
        <translation>Indicateurs de cette étape</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector_sections.py" line="64"/>
        <source>Add a metric</source>
        <translation>Ajouter un indicateur</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector_sections.py" line="73"/>
        <source>Move earlier</source>
        <translation>Déplacer vers le haut</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector_sections.py" line="74"/>
        <source>Move later</source>
        <translation>Déplacer vers le bas</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector_sections.py" line="75"/>
        <location filename="../../app/ui/inspector_sections.py" line="129"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector_sections.py" line="126"/>
        <source>↑ Earlier</source>
        <translation>↑ Monter</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector_sections.py" line="127"/>
        <source>↓ Later</source>
        <translation>↓ Descendre</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector_sections.py" line="150"/>
        <source>Paste answers %1 to %2…</source>
        <translation>Collez les réponses de %1 à %2…</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector_sections.py" line="163"/>
        <source>Answers are whole numbers from %1 to %2, apart by spaces.</source>
        <translation>Les réponses sont des nombres entiers de %1 à %2, séparés par des espaces.</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector_sections.py" line="195"/>
        <source>How it is read</source>
        <translation>Mode de calcul</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector_sections.py" line="197"/>
        <source>Scale</source>
        <translation>Échelle</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector_sections.py" line="204"/>
        <source>Before the changes</source>
        <translation>Avant les changements</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector_sections.py" line="205"/>
        <source>After the changes</source>
        <translation>Après les changements</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector_sections.py" line="225"/>
        <source>answers</source>
        <translation>réponses</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector_sections.py" line="228"/>
        <source>Forget the counts</source>
        <translation>Oublier les comptes</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector_sections.py" line="250"/>
        <source>Typed by hand; give the counts to compute it.</source>
        <translation>Saisi à la main ; indiquez les comptes pour le calculer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector_sections.py" line="255"/>
        <source>Computed: %1, from %2 answers.</source>
        <translation>Calculé : %1, sur %2 réponses.</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector_sections.py" line="257"/>
        <source>Computed: %1 %, of %2 who started.</source>
        <translation>Calculé : %1 %, sur %2 entrants.</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector_sections.py" line="270"/>
        <source>More cannot go on than started.</source>
        <translation>Il ne peut pas y avoir plus de poursuites que d’entrants.</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector_sections.py" line="301"/>
        <source>Delete the connection</source>
        <translation>Supprimer la connexion</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector_sections.py" line="316"/>
        <source>From “%1” to “%2”: the path the customer takes.</source>
        <translation>De « %1 » à « %2 » : le chemin que prend le client.</translation>
    </message>
</context>
<context>
    <name>JourneyOutlineTree</name>
    <message>
        <location filename="../../app/ui/outline_tree.py" line="48"/>
        <source>Outline of the journey</source>
        <translation>Plan du parcours</translation>
    </message>
    <message>
        <location filename="../../app/ui/outline_tree.py" line="70"/>
        <source>Stages</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <location filename="../../app/ui/outline_tree.py" line="76"/>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <location filename="../../app/ui/outline_tree.py" line="85"/>
        <source>Untitled lane</source>
        <translation>Ligne sans titre</translation>
    </message>
    <message>
        <location filename="../../app/ui/outline_tree.py" line="93"/>
        <source>pain</source>
        <translation>irritant</translation>
    </message>
    <message>
        <location filename="../../app/ui/outline_tree.py" line="93"/>
        <source>gain</source>
        <translation>enchanteur</translation>
    </message>
    <message>
        <location filename="../../app/ui/outline_tree.py" line="97"/>
        <source>moment of truth</source>
        <translation>moment de vérité</translation>
    </message>
    <message>
        <location filename="../../app/ui/outline_tree.py" line="99"/>
        <source>magic moment</source>
        <translation>moment magique</translation>
    </message>
    <message>
        <location filename="../../app/ui/outline_tree.py" line="101"/>
        <source>key touchpoint</source>
        <translation>point de contact clé</translation>
    </message>
    <message>
        <location filename="../../app/ui/outline_tree.py" line="103"/>
        <source>insight</source>
        <translation>enseignement</translation>
    </message>
    <message>
        <location filename="../../app/ui/outline_tree.py" line="218"/>
        <source>Untitled card</source>
        <translation>Carte sans titre</translation>
    </message>
    <message>
        <location filename="../../app/ui/outline_tree.py" line="81"/>
        <source>Untitled stage</source>
        <translation>Étape sans titre</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="87"/>
        <source>&lt;original&gt;</source>
        <translation>&lt;état d’origine&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="90"/>
        <source>Palette</source>
        <translation>Palette</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="93"/>
        <source>Journeys and personas</source>
        <translation>Parcours et personas</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="99"/>
        <source>Inspector</source>
        <translation>Inspecteur</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="88"/>
        <location filename="../../app/ui/main_window.py" line="102"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="105"/>
        <source>Evidence</source>
        <translation>Éléments illustratifs</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="165"/>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="167"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="169"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="170"/>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="172"/>
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="175"/>
        <source>Export a poster: PDF, PNG or SVG</source>
        <translation>Exporter une affiche : PDF, PNG ou SVG</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="179"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="181"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="182"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="185"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="192"/>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="195"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="198"/>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="201"/>
        <source>Dup&amp;licate</source>
        <translation>Dup&amp;liquer</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="216"/>
        <source>Edit Te&amp;xt</source>
        <translation>Modifier le te&amp;xte</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="219"/>
        <source>Type over the title of the selected element (F2 or Enter)</source>
        <translation>Retaper le titre de l’élément sélectionné (F2 ou Entrée)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="223"/>
        <source>&amp;Find…</source>
        <translation>Rec&amp;hercher…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="226"/>
        <source>Find cards, stages, lanes, feelings, evidence and personas by a word</source>
        <translation>Retrouver cartes, étapes, couloirs, ressentis, éléments et personas par un mot</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="230"/>
        <source>Find &amp;Next</source>
        <translation>Occurrence sui&amp;vante</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="233"/>
        <source>Find Pre&amp;vious</source>
        <translation>Occurrence &amp;précédente</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="236"/>
        <source>Pr&amp;eferences…</source>
        <translation>Préfére&amp;nces…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="292"/>
        <source>Expor&amp;t a Spreadsheet…</source>
        <translation>Exporter un &amp;tableur…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="302"/>
        <source>Evidence Li&amp;brary…</source>
        <translation>&amp;Bibliothèque des éléments…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="357"/>
        <source>Evi&amp;dence</source>
        <translation>É&amp;léments</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="207"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="110"/>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="213"/>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="239"/>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="246"/>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="252"/>
        <source>&amp;Fit to Window</source>
        <translation>A&amp;juster à la fenêtre</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="255"/>
        <source>Show the whole map; it follows the window until you zoom</source>
        <translation>Voir toute la carte ; elle suit la fenêtre jusqu’à votre prochain zoom</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="259"/>
        <source>Actual &amp;Size (100 %)</source>
        <translation>&amp;Taille réelle (100 %)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="262"/>
        <source>&amp;Present</source>
        <translation>&amp;Présenter</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="265"/>
        <source>Full screen, stage by stage, for a workshop read-out</source>
        <translation>En plein écran, étape par étape, pour la restitution d’un atelier</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="268"/>
        <source>&amp;About Parcours</source>
        <translation>À &amp;propos de Parcours</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="270"/>
        <source>Add &amp;Photos…</source>
        <translation>Ajouter des &amp;photos…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="273"/>
        <source>Add a &amp;Quote…</source>
        <translation>Ajouter un &amp;verbatim…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="276"/>
        <source>Add a &amp;Link…</source>
        <translation>Ajouter un &amp;lien…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="279"/>
        <source>Add an &amp;Insight…</source>
        <translation>Ajouter un &amp;enseignement…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="282"/>
        <source>Export the Evidence to a &amp;Folder…</source>
        <translation>E&amp;xporter les éléments dans un dossier…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="287"/>
        <source>&amp;Import a Spreadsheet…</source>
        <translation>&amp;Importer un tableur…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="289"/>
        <source>Cards, touchpoints, opportunities or metrics from a CSV or XLSX file</source>
        <translation>Cartes, points de contact, opportunités ou indicateurs depuis un fichier CSV ou XLSX</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="294"/>
        <source>Cards, touchpoints, the action plan, metrics and evidence as XLSX or CSV</source>
        <translation>Cartes, points de contact, plan d’actions, indicateurs et éléments de preuve en XLSX ou CSV</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="297"/>
        <source>&amp;Merge Another Copy…</source>
        <translation>Fusionner une autre &amp;copie…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="299"/>
        <source>Bring in the changes of another copy of this map (sent by mail, synced…)</source>
        <translation>Reprendre les modifications d’une autre copie de cette carte (reçue par courriel, synchronisée…)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="323"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="325"/>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="335"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="363"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="371"/>
        <source>Pa&amp;lette</source>
        <translation>Pa&amp;lette</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="372"/>
        <source>&amp;Journeys and Personas</source>
        <translation>Par&amp;cours et personas</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="373"/>
        <source>I&amp;nspector</source>
        <translation>&amp;Inspecteur</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="374"/>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="375"/>
        <source>&amp;Evidence</source>
        <translation>Élé&amp;ments illustratifs</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="376"/>
        <source>&amp;Versions</source>
        <translation>&amp;Versions</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="377"/>
        <source>&amp;Comments</source>
        <translation>C&amp;ommentaires</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="383"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="387"/>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="557"/>
        <source>Open a map</source>
        <translation>Ouvrir une carte</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="592"/>
        <source>Saved %s</source>
        <translation>%s enregistré</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="607"/>
        <source>Save the map as</source>
        <translation>Enregistrer la carte sous</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="699"/>
        <source>Found in the persona “%s”.</source>
        <translation>Trouvé dans le persona « %s ».</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="721"/>
        <source>Export the evidence into</source>
        <translation>Exporter les éléments dans</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="731"/>
        <source>%n files written</source>
        <translation>
            <numerusform>%n fichier écrit</numerusform>
            <numerusform>%n fichiers écrits</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="750"/>
        <source>Merge another copy of this map</source>
        <translation>Fusionner une autre copie de cette carte</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="791"/>
        <source>No recent maps</source>
        <translation>Aucune carte récente</translation>
    </message>
</context>
<context>
    <name>MapEditor</name>
    <message>
        <location filename="../../app/ui/edits.py" line="147"/>
        <source>Drop metrics in a stage’s column.</source>
        <translation>Déposez les indicateurs dans la colonne d’une étape.</translation>
    </message>
    <message>
        <location filename="../../app/ui/edits.py" line="169"/>
        <source>Add a stage first.</source>
        <translation>Ajoutez d’abord une étape.</translation>
    </message>
    <message>
        <location filename="../../app/ui/edits.py" line="178"/>
        <source>Add an emotion lane first.</source>
        <translation>Ajoutez d’abord un couloir d’émotions.</translation>
    </message>
    <message>
        <location filename="../../app/ui/edits.py" line="198"/>
        <source>Add a lane first.</source>
        <translation>Ajoutez d’abord un couloir.</translation>
    </message>
    <message>
        <location filename="../../app/ui/edits.py" line="521"/>
        <source>Double-click to add a touchpoint</source>
        <translation>Double-cliquez pour ajouter un point de contact</translation>
    </message>
    <message>
        <location filename="../../app/ui/edits.py" line="522"/>
        <location filename="../../app/ui/edits.py" line="527"/>
        <source>Double-click to add a card</source>
        <translation>Double-cliquez pour ajouter une carte</translation>
    </message>
    <message>
        <location filename="../../app/ui/edits.py" line="523"/>
        <source>Double-click to add a pain</source>
        <translation>Double-cliquez pour ajouter un irritant</translation>
    </message>
    <message>
        <location filename="../../app/ui/edits.py" line="524"/>
        <source>Double-click to add an opportunity</source>
        <translation>Double-cliquez pour ajouter une opportunité</translation>
    </message>
    <message>
        <location filename="../../app/ui/edits.py" line="528"/>
        <source>Double-click to add a metric</source>
        <translation>Double-cliquer pour ajouter un indicateur</translation>
    </message>
    <message>
        <location filename="../../app/ui/edits.py" line="529"/>
        <source>Double-click at the height of the feeling</source>
        <translation>Double-cliquez à la hauteur du ressenti</translation>
    </message>
    <message>
        <location filename="../../app/ui/canvas/drops.py" line="100"/>
        <location filename="../../app/ui/edits.py" line="323"/>
        <source>Drop cards in a cell of the grid.</source>
        <translation>Déposez les cartes dans une case de la grille.</translation>
    </message>
    <message>
        <location filename="../../app/ui/canvas/drops.py" line="113"/>
        <location filename="../../app/ui/edits.py" line="329"/>
        <source>The emotion lane takes emotion points, not cards.</source>
        <translation>Le couloir d’émotions reçoit des points d’émotion, pas des cartes.</translation>
    </message>
    <message>
        <location filename="../../app/ui/canvas/drops.py" line="97"/>
        <location filename="../../app/ui/canvas/drops.py" line="106"/>
        <location filename="../../app/ui/edits.py" line="352"/>
        <source>Drop emotion points on an emotion lane.</source>
        <translation>Déposez les points d’émotion sur un couloir d’émotions.</translation>
    </message>
    <message>
        <location filename="../../app/ui/edits.py" line="423"/>
        <source>Select a card where the pasted cards should go.</source>
        <translation>Sélectionnez une carte à l’endroit où coller les cartes.</translation>
    </message>
    <message>
        <location filename="../../app/ui/edits.py" line="437"/>
        <source>Select a card, or point at a cell, where the rows should go.</source>
        <translation>Sélectionnez une carte, ou pointez une cellule, là où les lignes doivent aller.</translation>
    </message>
    <message>
        <location filename="../../app/ui/edits.py" line="451"/>
        <source>%n cells outside the map: not pasted.</source>
        <translation>Cellules hors de la carte, non collées : %n.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../app/ui/merge_dialog.py" line="51"/>
        <source>Merge “%1”</source>
        <translation>Fusionner « %1 »</translation>
    </message>
    <message>
        <location filename="../../app/ui/merge_dialog.py" line="54"/>
        <source>Both copies come from the version saved %1.</source>
        <translation>Les deux copies viennent de la version enregistrée le %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/merge_dialog.py" line="59"/>
        <source>%n changes conflict: choose which to keep.</source>
        <translation>
            <numerusform>%n modification est en conflit : choisissez laquelle garder.</numerusform>
            <numerusform>%n modifications sont en conflit : choisissez lesquelles garder.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/merge_dialog.py" line="62"/>
        <source>Nothing conflicts: every change of both copies is kept.</source>
        <translation>Aucun conflit : toutes les modifications des deux copies sont gardées.</translation>
    </message>
    <message>
        <location filename="../../app/ui/merge_dialog.py" line="67"/>
        <source>Element</source>
        <translation>Élément</translation>
    </message>
    <message>
        <location filename="../../app/ui/merge_dialog.py" line="67"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../app/ui/merge_dialog.py" line="67"/>
        <location filename="../../app/ui/merge_dialog.py" line="82"/>
        <source>Mine</source>
        <translation>La mienne</translation>
    </message>
    <message>
        <location filename="../../app/ui/merge_dialog.py" line="67"/>
        <location filename="../../app/ui/merge_dialog.py" line="83"/>
        <source>Theirs</source>
        <translation>La leur</translation>
    </message>
    <message>
        <location filename="../../app/ui/merge_dialog.py" line="68"/>
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <location filename="../../app/ui/merge_dialog.py" line="68"/>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <location filename="../../app/ui/merge_dialog.py" line="86"/>
        <source>All &amp;Mine</source>
        <translation>Tout la &amp;mienne</translation>
    </message>
    <message>
        <location filename="../../app/ui/merge_dialog.py" line="87"/>
        <source>All &amp;Theirs</source>
        <translation>Tout la &amp;leur</translation>
    </message>
    <message>
        <location filename="../../app/ui/merge_dialog.py" line="94"/>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <location filename="../../app/ui/merge_dialog.py" line="126"/>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location filename="../../app/ui/merge_dialog.py" line="126"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../../app/ui/merge_dialog.py" line="126"/>
        <source>Lane</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../app/ui/merge_dialog.py" line="127"/>
        <source>Journey</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <location filename="../../app/ui/merge_dialog.py" line="127"/>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../../app/ui/merge_dialog.py" line="128"/>
        <source>Emotion point</source>
        <translation>Point d’émotion</translation>
    </message>
    <message>
        <location filename="../../app/ui/merge_dialog.py" line="128"/>
        <source>Metric</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location filename="../../app/ui/merge_dialog.py" line="129"/>
        <source>Evidence</source>
        <translation>Élément illustratif</translation>
    </message>
    <message>
        <location filename="../../app/ui/merge_dialog.py" line="129"/>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location filename="../../app/ui/merge_dialog.py" line="130"/>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <location filename="../../app/ui/merge_dialog.py" line="147"/>
        <source>deleted by me</source>
        <translation>supprimé de mon côté</translation>
    </message>
    <message>
        <location filename="../../app/ui/merge_dialog.py" line="147"/>
        <source>deleted by them</source>
        <translation>supprimé de leur côté</translation>
    </message>
    <message>
        <location filename="../../app/ui/merge_dialog.py" line="152"/>
        <source>(deleted)</source>
        <translation>(supprimé)</translation>
    </message>
    <message>
        <location filename="../../app/ui/merge_dialog.py" line="152"/>
        <source>(kept, as it is)</source>
        <translation>(gardé tel quel)</translation>
    </message>
    <message>
        <location filename="../../app/ui/merge_dialog.py" line="154"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location filename="../../app/ui/merge_dialog.py" line="183"/>
        <source>Merged “%1”: %n conflicts settled.</source>
        <translation>« %1 » fusionnée : conflits réglés : %n.</translation>
    </message>
    <message>
        <location filename="../../app/ui/merge_dialog.py" line="201"/>
        <source>“%1” and this map share no saved version (two different maps, or a copy sent without its history), so they cannot be merged; you can add its journeys to this map instead.</source>
        <translation>« %1 » et cette carte n’ont aucune version enregistrée en commun (deux cartes différentes, ou une copie envoyée sans son historique) : elles ne peuvent pas être fusionnées ; vous pouvez plutôt ajouter ses parcours à cette carte.</translation>
    </message>
    <message>
        <location filename="../../app/ui/merge_dialog.py" line="209"/>
        <source>Add Their Journeys</source>
        <translation>Ajouter leurs parcours</translation>
    </message>
    <message>
        <location filename="../../app/ui/merge_dialog.py" line="222"/>
        <source>Added %n journeys from “%1”: %2.</source>
        <translation>Parcours ajoutés depuis « %1 » (%n) : %2.</translation>
    </message>
</context>
<context>
    <name>MergeSummary</name>
    <message>
        <location filename="../../app/ui/merge_summary.py" line="18"/>
        <source>%n cards</source>
        <translation>%n carte(s)</translation>
    </message>
    <message>
        <location filename="../../app/ui/merge_summary.py" line="19"/>
        <source>%n stages</source>
        <translation>%n étape(s)</translation>
    </message>
    <message>
        <location filename="../../app/ui/merge_summary.py" line="20"/>
        <source>%n lanes</source>
        <translation>%n ligne(s)</translation>
    </message>
    <message>
        <location filename="../../app/ui/merge_summary.py" line="21"/>
        <source>%n journeys</source>
        <translation>%n parcours</translation>
    </message>
    <message>
        <location filename="../../app/ui/merge_summary.py" line="22"/>
        <source>%n personas</source>
        <translation>%n persona(s)</translation>
    </message>
    <message>
        <location filename="../../app/ui/merge_summary.py" line="23"/>
        <source>%n emotion points</source>
        <translation>%n point(s) d’émotion</translation>
    </message>
    <message>
        <location filename="../../app/ui/merge_summary.py" line="24"/>
        <source>%n metrics</source>
        <translation>%n indicateur(s)</translation>
    </message>
    <message>
        <location filename="../../app/ui/merge_summary.py" line="25"/>
        <source>%n pieces of evidence</source>
        <translation>%n élément(s) illustratif(s)</translation>
    </message>
    <message>
        <location filename="../../app/ui/merge_summary.py" line="26"/>
        <source>%n evidence links</source>
        <translation>%n lien(s) d’éléments illustratifs</translation>
    </message>
    <message>
        <location filename="../../app/ui/merge_summary.py" line="27"/>
        <source>%n connections</source>
        <translation>%n connexion(s)</translation>
    </message>
    <message>
        <location filename="../../app/ui/merge_summary.py" line="28"/>
        <source>the map’s details</source>
        <translation>les informations de la carte</translation>
    </message>
    <message>
        <location filename="../../app/ui/merge_summary.py" line="31"/>
        <source>added: %1</source>
        <translation>ajouts : %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/merge_summary.py" line="32"/>
        <source>changed: %1</source>
        <translation>modifications : %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/merge_summary.py" line="33"/>
        <source>removed: %1</source>
        <translation>suppressions : %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/merge_summary.py" line="36"/>
        <source>From %1’s copy</source>
        <translation>De la copie de %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/merge_summary.py" line="37"/>
        <source>From “%1”</source>
        <translation>De « %1 »</translation>
    </message>
    <message>
        <location filename="../../app/ui/merge_summary.py" line="38"/>
        <source>%1 — %2.</source>
        <translation>%1 — %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/merge_summary.py" line="39"/>
        <source>%1: nothing your map did not have.</source>
        <translation>%1 : rien que votre carte n’avait déjà.</translation>
    </message>
    <message>
        <location filename="../../app/ui/merge_summary.py" line="40"/>
        <source>Changed in both copies — %1.</source>
        <translation>Modifié dans les deux copies — %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/merge_summary.py" line="41"/>
        <source>%n conflicts settled: yours kept for %1, theirs for %2.</source>
        <translation>Conflits réglés : %n ; votre version gardée pour %1, la leur pour %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/merge_summary.py" line="44"/>
        <source>No conflict.</source>
        <translation>Aucun conflit.</translation>
    </message>
</context>
<context>
    <name>NewMapDialog</name>
    <message>
        <location filename="../../app/ui/dialogs.py" line="32"/>
        <source>New map</source>
        <translation>Nouvelle carte</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="46"/>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="50"/>
        <source>Language of the map</source>
        <translation>Langue de la carte</translation>
    </message>
</context>
<context>
    <name>OpenQuestions</name>
    <message>
        <location filename="../../app/ui/open_questions.py" line="57"/>
        <source>Open the map without that file only if the program that wrote it is closed and you accept losing the changes it holds; otherwise open the map in that program.</source>
        <translation>N’ouvrez la carte sans ce fichier que si le programme qui l’a écrit est fermé et que vous acceptez de perdre les modifications qu’il contient ; sinon, ouvrez la carte dans ce programme.</translation>
    </message>
    <message>
        <location filename="../../app/ui/open_questions.py" line="65"/>
        <source>Open Without It</source>
        <translation>Ouvrir sans lui</translation>
    </message>
    <message>
        <location filename="../../app/ui/open_questions.py" line="80"/>
        <source>Take it over only if nobody is editing it there: whoever saves last would overwrite the other&apos;s changes.</source>
        <translation>N’en prenez le contrôle que si personne ne la modifie là-bas : le dernier à enregistrer écraserait les modifications de l’autre.</translation>
    </message>
    <message>
        <location filename="../../app/ui/open_questions.py" line="86"/>
        <source>You can still open it read-only, to read, export or save a copy.</source>
        <translation>Vous pouvez tout de même l’ouvrir en lecture seule, pour la lire, l’exporter ou en enregistrer une copie.</translation>
    </message>
    <message>
        <location filename="../../app/ui/open_questions.py" line="91"/>
        <source>Open Read-Only</source>
        <translation>Ouvrir en lecture seule</translation>
    </message>
    <message>
        <location filename="../../app/ui/open_questions.py" line="96"/>
        <source>Take Over</source>
        <translation>Prendre le contrôle</translation>
    </message>
</context>
<context>
    <name>PaletteWidget</name>
    <message>
        <location filename="../../app/ui/palette.py" line="62"/>
        <source>Palette</source>
        <translation>Palette</translation>
    </message>
    <message>
        <location filename="../../app/ui/palette.py" line="66"/>
        <source>Drag onto the map</source>
        <translation>Faites glisser sur la carte</translation>
    </message>
    <message>
        <location filename="../../app/ui/palette.py" line="80"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../../app/ui/palette.py" line="81"/>
        <source>Touchpoints lane</source>
        <translation>Couloir des points de contact</translation>
    </message>
    <message>
        <location filename="../../app/ui/palette.py" line="82"/>
        <source>Text lane (actions, thoughts…)</source>
        <translation>Couloir de texte (actions, pensées…)</translation>
    </message>
    <message>
        <location filename="../../app/ui/palette.py" line="83"/>
        <source>Emotion curve lane</source>
        <translation>Couloir de la courbe émotionnelle</translation>
    </message>
    <message>
        <location filename="../../app/ui/palette.py" line="84"/>
        <source>Pains and gains lane</source>
        <translation>Couloir des irritants et enchanteurs</translation>
    </message>
    <message>
        <location filename="../../app/ui/palette.py" line="85"/>
        <source>Opportunities lane</source>
        <translation>Couloir des opportunités</translation>
    </message>
    <message>
        <location filename="../../app/ui/palette.py" line="86"/>
        <source>Storyboard lane</source>
        <translation>Couloir du storyboard</translation>
    </message>
    <message>
        <location filename="../../app/ui/palette.py" line="87"/>
        <source>Metrics lane</source>
        <translation>Couloir des indicateurs</translation>
    </message>
    <message>
        <location filename="../../app/ui/palette.py" line="88"/>
        <source>Touchpoint</source>
        <translation>Point de contact</translation>
    </message>
    <message>
        <location filename="../../app/ui/palette.py" line="89"/>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location filename="../../app/ui/palette.py" line="90"/>
        <source>Pain</source>
        <translation>Irritant</translation>
    </message>
    <message>
        <location filename="../../app/ui/palette.py" line="91"/>
        <source>Gain</source>
        <translation>Enchanteur</translation>
    </message>
    <message>
        <location filename="../../app/ui/palette.py" line="92"/>
        <source>Opportunity</source>
        <translation>Opportunité</translation>
    </message>
    <message>
        <location filename="../../app/ui/palette.py" line="93"/>
        <source>Emotion point</source>
        <translation>Point d’émotion</translation>
    </message>
    <message>
        <location filename="../../app/ui/palette.py" line="94"/>
        <source>Metric (NPS, CSAT, CES…)</source>
        <translation>Indicateur (NPS, CSAT, CES…)</translation>
    </message>
</context>
<context>
    <name>PersonaEditor</name>
    <message>
        <location filename="../../app/ui/persona_editor.py" line="43"/>
        <source>Persona: %s</source>
        <translation>Persona : %s</translation>
    </message>
    <message>
        <location filename="../../app/ui/persona_editor.py" line="51"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../app/ui/persona_editor.py" line="58"/>
        <source>Choose a photo…</source>
        <translation>Choisir une photo…</translation>
    </message>
    <message>
        <location filename="../../app/ui/persona_editor.py" line="60"/>
        <location filename="../../app/ui/persona_editor.py" line="102"/>
        <source>No photo</source>
        <translation>Pas de photo</translation>
    </message>
    <message>
        <location filename="../../app/ui/persona_editor.py" line="70"/>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../../app/ui/persona_editor.py" line="71"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../app/ui/persona_editor.py" line="72"/>
        <source>Role, job</source>
        <translation>Rôle, métier</translation>
    </message>
    <message>
        <location filename="../../app/ui/persona_editor.py" line="73"/>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <location filename="../../app/ui/persona_editor.py" line="75"/>
        <source>Quote</source>
        <translation>Verbatim</translation>
    </message>
    <message>
        <location filename="../../app/ui/persona_editor.py" line="76"/>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <location filename="../../app/ui/persona_editor.py" line="77"/>
        <source>Frustrations</source>
        <translation>Frustrations</translation>
    </message>
    <message>
        <location filename="../../app/ui/persona_editor.py" line="78"/>
        <source>What drives decisions</source>
        <translation>Ce qui guide ses décisions</translation>
    </message>
    <message>
        <location filename="../../app/ui/persona_editor.py" line="79"/>
        <source>Preferred channels</source>
        <translation>Canaux préférés</translation>
    </message>
    <message>
        <location filename="../../app/ui/persona_editor.py" line="88"/>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <location filename="../../app/ui/persona_editor.py" line="110"/>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <location filename="../../app/ui/persona_editor.py" line="120"/>
        <source>Photo of the persona</source>
        <translation>Photo du persona</translation>
    </message>
</context>
<context>
    <name>PhotoIntake</name>
    <message>
        <location filename="../../app/ui/photo_intake.py" line="53"/>
        <source>%1 could not be stored in the map (%2).</source>
        <translation>%1 n’a pas pu être enregistré dans la carte (%2).</translation>
    </message>
    <message>
        <location filename="../../app/ui/photo_intake.py" line="91"/>
        <source>Preparing the photos…</source>
        <translation>Préparation des photos…</translation>
    </message>
    <message>
        <location filename="../../app/ui/photo_intake.py" line="91"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../app/ui/photo_intake.py" line="93"/>
        <source>Adding photos</source>
        <translation>Ajout des photos</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <location filename="../../app/ui/evidence_panel.py" line="106"/>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
</context>
<context>
    <name>PictureChecks</name>
    <message>
        <location filename="../../app/ui/picture_checks.py" line="35"/>
        <source>card “%1”</source>
        <translation>la carte « %1 »</translation>
    </message>
    <message>
        <location filename="../../app/ui/picture_checks.py" line="36"/>
        <source>emotion point “%1”</source>
        <translation>le point d’émotion « %1 »</translation>
    </message>
    <message>
        <location filename="../../app/ui/picture_checks.py" line="37"/>
        <source>stage “%1”</source>
        <translation>l’étape « %1 »</translation>
    </message>
    <message>
        <location filename="../../app/ui/picture_checks.py" line="38"/>
        <source>persona “%1”</source>
        <translation>la persona « %1 »</translation>
    </message>
    <message>
        <location filename="../../app/ui/picture_checks.py" line="39"/>
        <source>journey “%1”</source>
        <translation>le parcours « %1 »</translation>
    </message>
    <message>
        <location filename="../../app/ui/picture_checks.py" line="40"/>
        <source>library photo “%1”</source>
        <translation>la photo « %1 » de la bibliothèque</translation>
    </message>
    <message>
        <location filename="../../app/ui/picture_checks.py" line="44"/>
        <source>The picture of %1 was left out: it is damaged or not a picture Parcours stores.</source>
        <translation>L’image de %1 a été écartée : elle est endommagée ou n’est pas une image que Parcours enregistre.</translation>
    </message>
    <message>
        <location filename="../../app/ui/picture_checks.py" line="48"/>
        <source>The picture of %1 was left out: its bytes do not match its fingerprint.</source>
        <translation>L’image de %1 a été écartée : son contenu ne correspond pas à son empreinte.</translation>
    </message>
    <message>
        <location filename="../../app/ui/picture_checks.py" line="51"/>
        <source>The picture of %1 was left out: it carries metadata (such as where it was taken) that Parcours never stores.</source>
        <translation>L’image de %1 a été écartée : elle porte des métadonnées (comme le lieu de la prise de vue) que Parcours n’enregistre jamais.</translation>
    </message>
    <message>
        <location filename="../../app/ui/picture_checks.py" line="56"/>
        <source>The picture of %1 was left out: it is larger than Parcours stores pictures.</source>
        <translation>L’image de %1 a été écartée : elle est plus grande que les images que Parcours enregistre.</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../app/ui/analysis/plan_page.py" line="29"/>
        <source>Filter: owner, stage, status, a word…</source>
        <translation>Filtrer : responsable, étape, statut, un mot…</translation>
    </message>
    <message>
        <location filename="../../app/ui/analysis/plan_page.py" line="31"/>
        <source>Filter</source>
        <translation>Filtrer</translation>
    </message>
    <message>
        <location filename="../../app/ui/analysis/plan_page.py" line="55"/>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../../app/ui/analysis/plan_page.py" line="56"/>
        <source>Opportunity</source>
        <translation>Opportunité</translation>
    </message>
    <message>
        <location filename="../../app/ui/analysis/plan_page.py" line="57"/>
        <source>Journey</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <location filename="../../app/ui/analysis/plan_page.py" line="58"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../../app/ui/analysis/plan_page.py" line="59"/>
        <source>Pains and moments of truth</source>
        <translation>Irritants et moments de vérité</translation>
    </message>
    <message>
        <location filename="../../app/ui/analysis/plan_page.py" line="60"/>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <location filename="../../app/ui/analysis/plan_page.py" line="61"/>
        <source>Effort</source>
        <translation>Effort</translation>
    </message>
    <message>
        <location filename="../../app/ui/analysis/plan_page.py" line="62"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../../app/ui/analysis/plan_page.py" line="63"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../app/ui/analysis/plan_page.py" line="64"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../app/ui/analysis/plan_page.py" line="65"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../app/ui/dialogs.py" line="152"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="154"/>
        <source>Same as the system</source>
        <translation>Celle du système</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="161"/>
        <source>Recorded with each version you save</source>
        <translation>Enregistré avec chaque version que vous enregistrez</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="162"/>
        <source>The new language applies the next time Parcours starts.</source>
        <translation>La nouvelle langue s’appliquera au prochain démarrage de Parcours.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="170"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="172"/>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <location filename="../../app/ui/presentation.py" line="236"/>
        <source>Presentation — Parcours</source>
        <translation>Présentation — Parcours</translation>
    </message>
    <message>
        <location filename="../../app/ui/presentation.py" line="246"/>
        <source>← → to move, ↑ ↓ along a stage · L: by stage or by lane · Esc to leave</source>
        <translation>← → pour avancer, ↑ ↓ le long d’une étape · L : par étape ou par couloir · Échap pour quitter</translation>
    </message>
    <message>
        <location filename="../../app/ui/presentation.py" line="295"/>
        <source>Stage %1 of %2</source>
        <translation>Étape %1 sur %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/presentation.py" line="304"/>
        <source>Lane %1 of %2</source>
        <translation>Couloir %1 sur %2</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../app/ui/application.py" line="25"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Voir dans&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/ui/application.py" line="26"/>
        <source>Files of &amp;type:</source>
        <translation>Fichiers de &amp;type&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ReadOnly</name>
    <message>
        <location filename="../../app/ui/canvas/drops.py" line="126"/>
        <location filename="../../app/ui/read_only.py" line="18"/>
        <source>This map is open read-only: use File › Save As to keep an editable copy.</source>
        <translation>Cette carte est ouverte en lecture seule : utilisez Fichier › Enregistrer sous pour en garder une copie modifiable.</translation>
    </message>
</context>
<context>
    <name>RecentMaps</name>
    <message>
        <location filename="../../app/ui/start_page.py" line="170"/>
        <source>Recent maps</source>
        <translation>Cartes récentes</translation>
    </message>
    <message>
        <location filename="../../app/ui/start_page.py" line="186"/>
        <source>%s is no longer there.</source>
        <translation>%s n’est plus là.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../app/ui/dialogs.py" line="103"/>
        <source>Recover unsaved work</source>
        <translation>Récupérer le travail non enregistré</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="107"/>
        <source>Parcours was closed without saving these maps. Their last edits were kept. Choose the maps to reopen; you can then save them.</source>
        <translation>Parcours a été fermé sans enregistrer ces cartes. Leurs dernières modifications ont été conservées. Choisissez les cartes à rouvrir ; vous pourrez ensuite les enregistrer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="132"/>
        <source>Untitled map</source>
        <translation>Carte sans titre</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="137"/>
        <source>%1 — last edited %2</source>
        <translation>%1 — modifiée le %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="119"/>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="120"/>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="121"/>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
</context>
<context>
    <name>ScopePage</name>
    <message>
        <location filename="../../app/ui/analysis/pages.py" line="110"/>
        <source>This journey</source>
        <translation>Ce parcours</translation>
    </message>
    <message>
        <location filename="../../app/ui/analysis/pages.py" line="111"/>
        <source>Every journey</source>
        <translation>Tous les parcours</translation>
    </message>
    <message>
        <location filename="../../app/ui/analysis/pages.py" line="113"/>
        <source>Opportunities of</source>
        <translation>Opportunités de</translation>
    </message>
</context>
<context>
    <name>StageMatchDialog</name>
    <message>
        <location filename="../../app/ui/analysis/stage_match.py" line="44"/>
        <source>Match the stages</source>
        <translation>Apparier les étapes</translation>
    </message>
    <message>
        <location filename="../../app/ui/analysis/stage_match.py" line="47"/>
        <source>Which stage of “%1” does each stage of “%2” stand for?</source>
        <translation>À quelle étape de « %1 » correspond chaque étape de « %2 » ?</translation>
    </message>
    <message>
        <location filename="../../app/ui/analysis/stage_match.py" line="48"/>
        <location filename="../../app/ui/analysis/stage_match.py" line="49"/>
        <source>Untitled journey</source>
        <translation>Parcours sans titre</translation>
    </message>
    <message>
        <location filename="../../app/ui/analysis/stage_match.py" line="62"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../../app/ui/analysis/stage_match.py" line="63"/>
        <source>Automatic (%1)</source>
        <translation>Automatique (%1)</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../app/ui/start_page.py" line="211"/>
        <source>Customer journey maps, drawn in a workshop, printed for the wall.</source>
        <translation>Des cartes du parcours client, dessinées en atelier, imprimées pour le mur.</translation>
    </message>
    <message>
        <location filename="../../app/ui/start_page.py" line="221"/>
        <source>Language of the new map</source>
        <translation>Langue de la nouvelle carte</translation>
    </message>
    <message>
        <location filename="../../app/ui/start_page.py" line="223"/>
        <source>Start a new map</source>
        <translation>Commencer une nouvelle carte</translation>
    </message>
    <message>
        <location filename="../../app/ui/start_page.py" line="225"/>
        <source>Language of the map:</source>
        <translation>Langue de la carte :</translation>
    </message>
    <message>
        <location filename="../../app/ui/start_page.py" line="239"/>
        <source>Recent maps</source>
        <translation>Cartes récentes</translation>
    </message>
    <message>
        <location filename="../../app/ui/start_page.py" line="241"/>
        <source>Open a map…</source>
        <translation>Ouvrir une carte…</translation>
    </message>
    <message>
        <location filename="../../app/ui/start_page.py" line="248"/>
        <source>No recent maps yet. Start one from a template above, or open a .cjm file.</source>
        <translation>Aucune carte récente pour l’instant. Commencez-en une à partir d’un modèle ci-dessus, ou ouvrez un fichier .cjm.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../app/ui/startup.py" line="60"/>
        <source>Parcours hit an unexpected error. Your edits so far are kept; save your map under a new name to be safe.</source>
        <translation>Parcours a rencontré une erreur inattendue. Vos modifications sont conservées ; par prudence, enregistrez votre carte sous un nouveau nom.</translation>
    </message>
    <message>
        <location filename="../../app/ui/startup.py" line="66"/>
        <source>The report is in %s.</source>
        <translation>Le rapport se trouve dans %s.</translation>
    </message>
</context>
<context>
    <name>Step</name>
    <message>
        <location filename="../../app/ui/messages.py" line="468"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="469"/>
        <source>Add card “%1”</source>
        <translation>Ajouter la carte « %1 »</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="470"/>
        <source>Add %n cards</source>
        <translation>Ajouter %n cartes</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="471"/>
        <source>Edit card “%1”</source>
        <translation>Modifier la carte « %1 »</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="472"/>
        <source>Rename card “%1”</source>
        <translation>Renommer la carte « %1 »</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="473"/>
        <source>Move card “%1”</source>
        <translation>Déplacer la carte « %1 »</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="474"/>
        <source>Move %n cards</source>
        <translation>Déplacer %n cartes</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="475"/>
        <source>Delete card “%1”</source>
        <translation>Supprimer la carte « %1 »</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="476"/>
        <source>Delete %n cards</source>
        <translation>Supprimer %n cartes</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="477"/>
        <source>Delete %n elements</source>
        <translation>Supprimer %n éléments</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="478"/>
        <source>Paste %n cards</source>
        <translation>Coller des cartes (%n)</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="479"/>
        <source>Import %n rows from “%1”</source>
        <translation>Importer %n lignes de « %1 »</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="480"/>
        <source>Duplicate %n cards</source>
        <translation>Dupliquer des cartes (%n)</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="481"/>
        <source>Cut %n cards</source>
        <translation>Couper des cartes (%n)</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="482"/>
        <source>Add stage “%1”</source>
        <translation>Ajouter l’étape « %1 »</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="483"/>
        <source>Edit stage “%1”</source>
        <translation>Modifier l’étape « %1 »</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="484"/>
        <source>Rename stage “%1”</source>
        <translation>Renommer l’étape « %1 »</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="485"/>
        <source>Resize stage “%1”</source>
        <translation>Redimensionner l’étape « %1 »</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="486"/>
        <source>Move stage “%1”</source>
        <translation>Déplacer l’étape « %1 »</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="487"/>
        <source>Delete stage “%1”</source>
        <translation>Supprimer l’étape « %1 »</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="488"/>
        <source>Add lane “%1”</source>
        <translation>Ajouter la ligne « %1 »</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="489"/>
        <source>Edit lane “%1”</source>
        <translation>Modifier la ligne « %1 »</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="490"/>
        <source>Rename lane “%1”</source>
        <translation>Renommer la ligne « %1 »</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="491"/>
        <source>Resize lane “%1”</source>
        <translation>Redimensionner la ligne « %1 »</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="492"/>
        <source>Move lane “%1”</source>
        <translation>Déplacer la ligne « %1 »</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="493"/>
        <source>Delete lane “%1”</source>
        <translation>Supprimer la ligne « %1 »</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="494"/>
        <source>Add emotion point</source>
        <translation>Ajouter un point d’émotion</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="495"/>
        <source>Change feeling “%1”</source>
        <translation>Changer le ressenti « %1 »</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="496"/>
        <source>Move emotion point “%1”</source>
        <translation>Déplacer le point d’émotion « %1 »</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="497"/>
        <source>Edit emotion point “%1”</source>
        <translation>Modifier le point d’émotion « %1 »</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="498"/>
        <source>Delete %n emotion points</source>
        <translation>Supprimer des points d’émotion (%n)</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="499"/>
        <source>Add metric “%1”</source>
        <translation>Ajouter l’indicateur « %1 »</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="500"/>
        <source>Edit metric “%1”</source>
        <translation>Modifier l’indicateur « %1 »</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="501"/>
        <source>Move metric “%1”</source>
        <translation>Déplacer l’indicateur « %1 »</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="502"/>
        <source>Delete metric “%1”</source>
        <translation>Supprimer l’indicateur « %1 »</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="503"/>
        <source>Compute metric “%1”</source>
        <translation>Calculer l’indicateur « %1 »</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="504"/>
        <source>Connect two cards</source>
        <translation>Relier deux cartes</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="505"/>
        <source>Delete %n connections</source>
        <translation>Supprimer des connexions (%n)</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="506"/>
        <source>Describe the project</source>
        <translation>Décrire le projet</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="507"/>
        <source>Edit the project</source>
        <translation>Modifier le projet</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="508"/>
        <source>Add persona “%1”</source>
        <translation>Ajouter le persona « %1 »</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="509"/>
        <source>Edit persona “%1”</source>
        <translation>Modifier le persona « %1 »</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="510"/>
        <source>Delete persona “%1”</source>
        <translation>Supprimer le persona « %1 »</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="511"/>
        <source>Add journey “%1”</source>
        <translation>Ajouter le parcours « %1 »</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="512"/>
        <source>Edit journey “%1”</source>
        <translation>Modifier le parcours « %1 »</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="513"/>
        <source>Move journey “%1”</source>
        <translation>Déplacer le parcours « %1 »</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="514"/>
        <source>Duplicate journey “%1”</source>
        <translation>Dupliquer le parcours « %1 »</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="515"/>
        <source>Match the stages of “%1”</source>
        <translation>Apparier les étapes de « %1 »</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="516"/>
        <source>Delete journey “%1”</source>
        <translation>Supprimer le parcours « %1 »</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="517"/>
        <source>Add evidence “%1”</source>
        <translation>Ajouter l’élément illustratif « %1 »</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="518"/>
        <source>Add quote</source>
        <translation>Ajouter un verbatim</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="519"/>
        <source>Add link</source>
        <translation>Ajouter un lien</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="520"/>
        <source>Add note</source>
        <translation>Ajouter une note</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="521"/>
        <source>Add insight</source>
        <translation>Ajouter un enseignement</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="522"/>
        <source>Add %n photos</source>
        <translation>Ajouter des photos (%n)</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="523"/>
        <source>Edit evidence “%1”</source>
        <translation>Modifier l’élément illustratif « %1 »</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="524"/>
        <source>Delete %n pieces of evidence</source>
        <translation>Supprimer des éléments illustratifs (%n)</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="525"/>
        <source>Attach evidence</source>
        <translation>Attacher un élément illustratif</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="526"/>
        <source>Detach evidence</source>
        <translation>Détacher un élément illustratif</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="527"/>
        <source>Reorder evidence</source>
        <translation>Réordonner les éléments illustratifs</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="528"/>
        <source>Restore deleted elements</source>
        <translation>Rétablir des éléments supprimés</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="529"/>
        <source>Put elements back in place</source>
        <translation>Remettre des éléments en place</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="530"/>
        <source>Merge “%1”</source>
        <translation>Fusionner « %1 »</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="531"/>
        <source>Restore the version “%1”</source>
        <translation>Restaurer la version « %1 »</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="532"/>
        <source>Add the journeys of “%1”</source>
        <translation>Ajouter les parcours de « %1 »</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="533"/>
        <source>Comment “%1”</source>
        <translation>Commenter « %1 »</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="534"/>
        <source>Reply “%1”</source>
        <translation>Répondre « %1 »</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="535"/>
        <source>Edit comment “%1”</source>
        <translation>Modifier le commentaire « %1 »</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="536"/>
        <source>Resolve comment “%1”</source>
        <translation>Résoudre le commentaire « %1 »</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="537"/>
        <source>Reopen comment “%1”</source>
        <translation>Rouvrir le commentaire « %1 »</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="538"/>
        <source>Delete comment “%1”</source>
        <translation>Supprimer le commentaire « %1 »</translation>
    </message>
</context>
<context>
    <name>TableExportDialog</name>
    <message>
        <location filename="../../app/ui/table_export_dialog.py" line="33"/>
        <location filename="../../app/ui/table_export_dialog.py" line="95"/>
        <source>Export a spreadsheet</source>
        <translation>Exporter un tableur</translation>
    </message>
    <message>
        <location filename="../../app/ui/table_export_dialog.py" line="35"/>
        <source>Every table (one sheet each)</source>
        <translation>Tous les tableaux (une feuille chacun)</translation>
    </message>
    <message>
        <location filename="../../app/ui/table_export_dialog.py" line="37"/>
        <source>Cards</source>
        <translation>Cartes</translation>
    </message>
    <message>
        <location filename="../../app/ui/table_export_dialog.py" line="38"/>
        <source>Touchpoint inventory</source>
        <translation>Inventaire des points de contact</translation>
    </message>
    <message>
        <location filename="../../app/ui/table_export_dialog.py" line="39"/>
        <source>Action plan (opportunities)</source>
        <translation>Plan d’actions (opportunités)</translation>
    </message>
    <message>
        <location filename="../../app/ui/table_export_dialog.py" line="40"/>
        <source>Metrics</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <location filename="../../app/ui/table_export_dialog.py" line="41"/>
        <source>Evidence index</source>
        <translation>Index des éléments de preuve</translation>
    </message>
    <message>
        <location filename="../../app/ui/table_export_dialog.py" line="45"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>Classeur Excel (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/table_export_dialog.py" line="46"/>
        <source>CSV, UTF-8 (.csv)</source>
        <translation>CSV, UTF-8 (.csv)</translation>
    </message>
    <message>
        <location filename="../../app/ui/table_export_dialog.py" line="48"/>
        <source>This journey</source>
        <translation>Ce parcours</translation>
    </message>
    <message>
        <location filename="../../app/ui/table_export_dialog.py" line="49"/>
        <source>Every journey</source>
        <translation>Tous les parcours</translation>
    </message>
    <message>
        <location filename="../../app/ui/table_export_dialog.py" line="51"/>
        <source>Semicolon ;</source>
        <translation>Point-virgule ;</translation>
    </message>
    <message>
        <location filename="../../app/ui/table_export_dialog.py" line="52"/>
        <source>Comma ,</source>
        <translation>Virgule ,</translation>
    </message>
    <message>
        <location filename="../../app/ui/table_export_dialog.py" line="53"/>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <location filename="../../app/ui/table_export_dialog.py" line="57"/>
        <source>Export:</source>
        <translation>Exporter :</translation>
    </message>
    <message>
        <location filename="../../app/ui/table_export_dialog.py" line="58"/>
        <source>As:</source>
        <translation>Format :</translation>
    </message>
    <message>
        <location filename="../../app/ui/table_export_dialog.py" line="59"/>
        <source>Journeys:</source>
        <translation>Parcours :</translation>
    </message>
    <message>
        <location filename="../../app/ui/table_export_dialog.py" line="60"/>
        <source>CSV delimiter:</source>
        <translation>Séparateur CSV :</translation>
    </message>
    <message>
        <location filename="../../app/ui/table_export_dialog.py" line="64"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <location filename="../../app/ui/table_export_dialog.py" line="93"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/table_export_dialog.py" line="93"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../app/ui/table_export_dialog.py" line="110"/>
        <source>Wrote %1</source>
        <translation>%1 écrit</translation>
    </message>
</context>
<context>
    <name>TemplateGallery</name>
    <message>
        <location filename="../../app/ui/start_page.py" line="99"/>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <location filename="../../app/ui/start_page.py" line="116"/>
        <source>Sample map: home loan (French)</source>
        <translation>Carte d’exemple : prêt immobilier (en français)</translation>
    </message>
    <message>
        <location filename="../../app/ui/start_page.py" line="117"/>
        <source>A finished example map to explore: a home-loan journey at a bank.</source>
        <translation>Une carte d’exemple terminée, à explorer : le parcours d’un prêt immobilier dans une banque.</translation>
    </message>
</context>
<context>
    <name>VersionWords</name>
    <message>
        <location filename="../../app/ui/version_words.py" line="22"/>
        <source>1 stage added</source>
        <translation>1 étape ajoutée</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_words.py" line="23"/>
        <source>%n stages added</source>
        <translation>%n étapes ajoutées</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_words.py" line="26"/>
        <source>1 stage changed</source>
        <translation>1 étape modifiée</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_words.py" line="27"/>
        <source>%n stages changed</source>
        <translation>%n étapes modifiées</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_words.py" line="30"/>
        <source>1 stage removed</source>
        <translation>1 étape supprimée</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_words.py" line="31"/>
        <source>%n stages removed</source>
        <translation>%n étapes supprimées</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_words.py" line="34"/>
        <source>1 lane added</source>
        <translation>1 couloir ajouté</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_words.py" line="35"/>
        <source>%n lanes added</source>
        <translation>%n couloirs ajoutés</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_words.py" line="38"/>
        <source>1 lane changed</source>
        <translation>1 couloir modifié</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_words.py" line="39"/>
        <source>%n lanes changed</source>
        <translation>%n couloirs modifiés</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_words.py" line="42"/>
        <source>1 lane removed</source>
        <translation>1 couloir supprimé</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_words.py" line="43"/>
        <source>%n lanes removed</source>
        <translation>%n couloirs supprimés</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_words.py" line="46"/>
        <source>1 card added</source>
        <translation>1 carte ajoutée</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_words.py" line="47"/>
        <source>%n cards added</source>
        <translation>%n cartes ajoutées</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_words.py" line="50"/>
        <source>1 card changed</source>
        <translation>1 carte modifiée</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_words.py" line="51"/>
        <source>%n cards changed</source>
        <translation>%n cartes modifiées</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_words.py" line="54"/>
        <source>1 card removed</source>
        <translation>1 carte supprimée</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_words.py" line="55"/>
        <source>%n cards removed</source>
        <translation>%n cartes supprimées</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_words.py" line="58"/>
        <source>1 touchpoint added</source>
        <translation>1 point de contact ajouté</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_words.py" line="59"/>
        <source>%n touchpoints added</source>
        <translation>%n points de contact ajoutés</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_words.py" line="62"/>
        <source>1 touchpoint changed</source>
        <translation>1 point de contact modifié</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_words.py" line="63"/>
        <source>%n touchpoints changed</source>
        <translation>%n points de contact modifiés</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_words.py" line="66"/>
        <source>1 touchpoint removed</source>
        <translation>1 point de contact supprimé</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_words.py" line="67"/>
        <source>%n touchpoints removed</source>
        <translation>%n points de contact supprimés</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_words.py" line="70"/>
        <source>1 pain added</source>
        <translation>1 irritant ajouté</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_words.py" line="71"/>
        <source>%n pains added</source>
        <translation>%n irritants ajoutés</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_words.py" line="74"/>
        <source>1 pain changed</source>
        <translation>1 irritant modifié</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_words.py" line="75"/>
        <source>%n pains changed</source>
        <translation>%n irritants modifiés</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_words.py" line="78"/>
        <source>1 pain removed</source>
        <translation>1 irritant supprimé</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_words.py" line="79"/>
        <source>%n pains removed</source>
        <translation>%n irritants supprimés</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_words.py" line="82"/>
        <source>1 gain added</source>
        <translation>1 enchanteur ajouté</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_words.py" line="83"/>
        <source>%n gains added</source>
        <translation>%n enchanteurs ajoutés</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_words.py" line="86"/>
        <source>1 gain changed</source>
        <translation>1 enchanteur modifié</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_words.py" line="87"/>
        <source>%n gains changed</source>
        <translation>%n enchanteurs modifiés</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_words.py" line="90"/>
        <source>1 gain removed</source>
        <translation>1 enchanteur supprimé</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_words.py" line="91"/>
        <source>%n gains removed</source>
        <translation>%n enchanteurs supprimés</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_words.py" line="94"/>
        <source>1 opportunity added</source>
        <translation>1 opportunité ajoutée</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_words.py" line="95"/>
        <source>%n opportunities added</source>
        <translation>%n opportunités ajoutées</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_words.py" line="98"/>
        <source>1 opportunity changed</source>
        <translation>1 opportunité modifiée</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_words.py" line="99"/>
        <source>%n opportunities changed</source>
        <translation>%n opportunités modifiées</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_words.py" line="102"/>
        <source>1 opportunity removed</source>
        <translation>1 opportunité supprimée</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_words.py" line="103"/>
        <source>%n opportunities removed</source>
        <translation>%n opportunités supprimées</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_words.py" line="106"/>
        <source>1 emotion point added</source>
        <translation>1 point d’émotion ajouté</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_words.py" line="107"/>
        <source>%n emotion points added</source>
        <translation>%n points d’émotion ajoutés</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_words.py" line="110"/>
        <source>1 emotion point changed</source>
        <translation>1 point d’émotion modifié</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_words.py" line="111"/>
        <source>%n emotion points changed</source>
        <translation>%n points d’émotion modifiés</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_words.py" line="114"/>
        <source>1 emotion point removed</source>
        <translation>1 point d’émotion supprimé</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_words.py" line="115"/>
        <source>%n emotion points removed</source>
        <translation>%n points d’émotion supprimés</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_words.py" line="118"/>
        <source>1 metric added</source>
        <translation>1 indicateur ajouté</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_words.py" line="119"/>
        <source>%n metrics added</source>
        <translation>%n indicateurs ajoutés</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_words.py" line="122"/>
        <source>1 metric changed</source>
        <translation>1 indicateur modifié</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_words.py" line="123"/>
        <source>%n metrics changed</source>
        <translation>%n indicateurs modifiés</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_words.py" line="126"/>
        <source>1 metric removed</source>
        <translation>1 indicateur supprimé</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_words.py" line="127"/>
        <source>%n metrics removed</source>
        <translation>%n indicateurs supprimés</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_words.py" line="130"/>
        <source>1 connection added</source>
        <translation>1 connexion ajoutée</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_words.py" line="131"/>
        <source>%n connections added</source>
        <translation>%n connexions ajoutées</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_words.py" line="134"/>
        <source>1 connection changed</source>
        <translation>1 connexion modifiée</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_words.py" line="135"/>
        <source>%n connections changed</source>
        <translation>%n connexions modifiées</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_words.py" line="138"/>
        <source>1 connection removed</source>
        <translation>1 connexion supprimée</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_words.py" line="139"/>
        <source>%n connections removed</source>
        <translation>%n connexions supprimées</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_words.py" line="142"/>
        <source>1 piece of evidence added</source>
        <translation>1 élément illustratif ajouté</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_words.py" line="143"/>
        <source>%n pieces of evidence added</source>
        <translation>%n éléments illustratifs ajoutés</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_words.py" line="146"/>
        <source>1 piece of evidence changed</source>
        <translation>1 élément illustratif modifié</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_words.py" line="147"/>
        <source>%n pieces of evidence changed</source>
        <translation>%n éléments illustratifs modifiés</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_words.py" line="150"/>
        <source>1 piece of evidence removed</source>
        <translation>1 élément illustratif supprimé</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_words.py" line="151"/>
        <source>%n pieces of evidence removed</source>
        <translation>%n éléments illustratifs supprimés</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_words.py" line="154"/>
        <source>1 persona added</source>
        <translation>1 persona ajouté</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_words.py" line="155"/>
        <source>%n personas added</source>
        <translation>%n personas ajoutés</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_words.py" line="158"/>
        <source>1 persona changed</source>
        <translation>1 persona modifié</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_words.py" line="159"/>
        <source>%n personas changed</source>
        <translation>%n personas modifiés</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_words.py" line="162"/>
        <source>1 persona removed</source>
        <translation>1 persona supprimé</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_words.py" line="163"/>
        <source>%n personas removed</source>
        <translation>%n personas supprimés</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_words.py" line="166"/>
        <source>1 journey added</source>
        <translation>1 parcours ajouté</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_words.py" line="167"/>
        <source>%n journeys added</source>
        <translation>%n parcours ajoutés</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_words.py" line="170"/>
        <source>1 journey changed</source>
        <translation>1 parcours modifié</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_words.py" line="171"/>
        <source>%n journeys changed</source>
        <translation>%n parcours modifiés</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_words.py" line="174"/>
        <source>1 journey removed</source>
        <translation>1 parcours supprimé</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_words.py" line="175"/>
        <source>%n journeys removed</source>
        <translation>%n parcours supprimés</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_words.py" line="178"/>
        <source>1 piece of evidence attached</source>
        <translation>1 élément illustratif rattaché</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_words.py" line="179"/>
        <source>%n pieces of evidence attached</source>
        <translation>%n éléments illustratifs rattachés</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_words.py" line="182"/>
        <source>1 piece of evidence detached</source>
        <translation>1 élément illustratif détaché</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_words.py" line="183"/>
        <source>%n pieces of evidence detached</source>
        <translation>%n éléments illustratifs détachés</translation>
    </message>
    <message>
        <location filename="../../app/ui/version_words.py" line="191"/>
        <source>project description changed</source>
        <translation>description du projet modifiée</translation>
    </message>
</context>
<context>
    <name>VersionsPanel</name>
    <message>
        <location filename="../../app/ui/versions_panel.py" line="77"/>
        <location filename="../../app/ui/versions_panel.py" line="368"/>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <location filename="../../app/ui/versions_panel.py" line="84"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../../app/ui/versions_panel.py" line="86"/>
        <source>e.g. before the workshop</source>
        <translation>p. ex. avant l’atelier</translation>
    </message>
    <message>
        <location filename="../../app/ui/versions_panel.py" line="88"/>
        <source>Name the selected version; Enter keeps the name</source>
        <translation>Nommer la version choisie ; Entrée garde le nom</translation>
    </message>
    <message>
        <location filename="../../app/ui/versions_panel.py" line="91"/>
        <source>View</source>
        <translation>Voir</translation>
    </message>
    <message>
        <location filename="../../app/ui/versions_panel.py" line="92"/>
        <source>Open the selected version read-only in a new tab</source>
        <translation>Ouvrir la version choisie en lecture seule dans un nouvel onglet</translation>
    </message>
    <message>
        <location filename="../../app/ui/versions_panel.py" line="94"/>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <location filename="../../app/ui/versions_panel.py" line="97"/>
        <source>Mark on the map what changed since the selected version (select two versions to compare them with each other)</source>
        <translation>Marquer sur la carte ce qui a changé depuis la version choisie (choisissez deux versions pour les comparer entre elles)</translation>
    </message>
    <message>
        <location filename="../../app/ui/versions_panel.py" line="102"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location filename="../../app/ui/versions_panel.py" line="104"/>
        <source>Make the map what it was in the selected version (Undo brings it back)</source>
        <translation>Rendre à la carte son état de la version choisie (Annuler le reprend)</translation>
    </message>
    <message>
        <location filename="../../app/ui/versions_panel.py" line="161"/>
        <source>Open a map to see its versions.</source>
        <translation>Ouvrez une carte pour voir ses versions.</translation>
    </message>
    <message>
        <location filename="../../app/ui/versions_panel.py" line="164"/>
        <source>This tab shows an earlier version of a map, read-only. Its versions are listed in the map&apos;s own tab.</source>
        <translation>Cet onglet montre une version antérieure d’une carte, en lecture seule. Ses versions sont listées dans l’onglet de la carte elle-même.</translation>
    </message>
    <message>
        <location filename="../../app/ui/versions_panel.py" line="175"/>
        <source>No saved version yet: each Save records one, with the name given in Preferences › Your name.</source>
        <translation>Aucune version enregistrée pour l’instant : chaque enregistrement en crée une, avec le nom donné dans Préférences › Votre nom.</translation>
    </message>
    <message>
        <location filename="../../app/ui/versions_panel.py" line="179"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../../app/ui/versions_panel.py" line="192"/>
        <location filename="../../app/ui/versions_panel.py" line="288"/>
        <source>no name given</source>
        <translation>nom non renseigné</translation>
    </message>
    <message>
        <location filename="../../app/ui/versions_panel.py" line="193"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/versions_panel.py" line="195"/>
        <source>current version</source>
        <translation>version actuelle</translation>
    </message>
    <message>
        <location filename="../../app/ui/versions_panel.py" line="198"/>
        <source>Merged another copy</source>
        <translation>Fusion d’une autre copie</translation>
    </message>
    <message>
        <location filename="../../app/ui/versions_panel.py" line="202"/>
        <source>Where the history starts</source>
        <translation>Début de l’historique</translation>
    </message>
    <message>
        <location filename="../../app/ui/versions_panel.py" line="204"/>
        <source>No change to the map</source>
        <translation>Aucun changement de la carte</translation>
    </message>
    <message>
        <location filename="../../app/ui/versions_panel.py" line="268"/>
        <source>the version saved %1</source>
        <translation>la version enregistrée le %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/versions_panel.py" line="291"/>
        <source>%1, by %2, shown read-only. To go back to it, use Restore in the Versions panel; to keep it as a map of its own, use File › Save As.</source>
        <translation>%1, par %2, affichée en lecture seule. Pour y revenir, utilisez Restaurer dans le panneau Versions ; pour la garder comme une carte à part, utilisez Fichier › Enregistrer sous.</translation>
    </message>
    <message>
        <location filename="../../app/ui/versions_panel.py" line="342"/>
        <source>Restored %1 (Undo brings back the map as it was).</source>
        <translation>%1 restaurée (Annuler rend à la carte son état précédent).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/versions_panel.py" line="347"/>
        <source>%n of its pictures are no longer in the file and were left out.</source>
        <translation>
            <numerusform>%n de ses images n’est plus dans le fichier et a été écartée.</numerusform>
            <numerusform>%n de ses images ne sont plus dans le fichier et ont été écartées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/versions_panel.py" line="374"/>
        <source>&amp;Version History…</source>
        <translation>Historique des &amp;versions…</translation>
    </message>
    <message>
        <location filename="../../app/ui/versions_panel.py" line="376"/>
        <source>Who saved what and when: name, view, compare, restore</source>
        <translation>Qui a enregistré quoi et quand : nommer, voir, comparer, restaurer</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../app/ui/vocabulary.py" line="15"/>
        <source>NPS (net promoter score)</source>
        <translation>NPS (recommandation)</translation>
    </message>
    <message>
        <location filename="../../app/ui/vocabulary.py" line="16"/>
        <source>CSAT (satisfaction)</source>
        <translation>CSAT (satisfaction)</translation>
    </message>
    <message>
        <location filename="../../app/ui/vocabulary.py" line="17"/>
        <source>CES (customer effort)</source>
        <translation>CES (effort client)</translation>
    </message>
    <message>
        <location filename="../../app/ui/vocabulary.py" line="18"/>
        <source>Conversion rate</source>
        <translation>Taux de conversion</translation>
    </message>
    <message>
        <location filename="../../app/ui/vocabulary.py" line="19"/>
        <source>Other indicator</source>
        <translation>Autre indicateur</translation>
    </message>
    <message>
        <location filename="../../app/ui/vocabulary.py" line="25"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../app/ui/vocabulary.py" line="26"/>
        <source>Cognitive (understanding, deciding)</source>
        <translation>Cognitif (comprendre, décider)</translation>
    </message>
    <message>
        <location filename="../../app/ui/vocabulary.py" line="27"/>
        <source>Physical (going, carrying, filling in)</source>
        <translation>Physique (se déplacer, remplir)</translation>
    </message>
    <message>
        <location filename="../../app/ui/vocabulary.py" line="28"/>
        <source>Financial (what it costs)</source>
        <translation>Financier (ce que ça coûte)</translation>
    </message>
    <message>
        <location filename="../../app/ui/vocabulary.py" line="29"/>
        <source>Emotional (stress, doubt)</source>
        <translation>Émotionnel (stress, doute)</translation>
    </message>
    <message>
        <location filename="../../app/ui/vocabulary.py" line="30"/>
        <source>Time (waiting, lost time)</source>
        <translation>Temps (attente, temps perdu)</translation>
    </message>
    <message>
        <location filename="../../app/ui/vocabulary.py" line="36"/>
        <source>— (not a blueprint lane)</source>
        <translation>— (hors blueprint)</translation>
    </message>
    <message>
        <location filename="../../app/ui/vocabulary.py" line="37"/>
        <source>Physical evidence</source>
        <translation>Preuves physiques</translation>
    </message>
    <message>
        <location filename="../../app/ui/vocabulary.py" line="38"/>
        <source>Customer actions</source>
        <translation>Actions du client</translation>
    </message>
    <message>
        <location filename="../../app/ui/vocabulary.py" line="39"/>
        <source>Frontstage</source>
        <translation>Front-office</translation>
    </message>
    <message>
        <location filename="../../app/ui/vocabulary.py" line="40"/>
        <source>Backstage</source>
        <translation>Coulisses</translation>
    </message>
    <message>
        <location filename="../../app/ui/vocabulary.py" line="41"/>
        <source>Support processes</source>
        <translation>Processus support</translation>
    </message>
    <message>
        <location filename="../../app/ui/vocabulary.py" line="47"/>
        <source>Share of 4 and 5 answers (%)</source>
        <translation>Part des réponses 4 et 5 (%)</translation>
    </message>
    <message>
        <location filename="../../app/ui/vocabulary.py" line="48"/>
        <source>Mean answer (1 to 5)</source>
        <translation>Note moyenne (de 1 à 5)</translation>
    </message>
    <message>
        <location filename="../../app/ui/vocabulary.py" line="53"/>
        <source>1 to 7</source>
        <translation>de 1 à 7</translation>
    </message>
    <message>
        <location filename="../../app/ui/vocabulary.py" line="53"/>
        <source>1 to 5</source>
        <translation>de 1 à 5</translation>
    </message>
    <message>
        <location filename="../../app/ui/vocabulary.py" line="60"/>
        <source>Promoters (9–10)</source>
        <translation>Promoteurs (9–10)</translation>
    </message>
    <message>
        <location filename="../../app/ui/vocabulary.py" line="61"/>
        <source>Passives (7–8)</source>
        <translation>Passifs (7–8)</translation>
    </message>
    <message>
        <location filename="../../app/ui/vocabulary.py" line="62"/>
        <source>Detractors (0–6)</source>
        <translation>Détracteurs (0–6)</translation>
    </message>
    <message>
        <location filename="../../app/ui/vocabulary.py" line="66"/>
        <location filename="../../app/ui/vocabulary.py" line="71"/>
        <source>Answers of %1</source>
        <translation>Réponses %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/vocabulary.py" line="76"/>
        <source>Went on</source>
        <translation>Ont poursuivi</translation>
    </message>
    <message>
        <location filename="../../app/ui/vocabulary.py" line="77"/>
        <source>Started</source>
        <translation>Entrants</translation>
    </message>
    <message>
        <location filename="../../app/ui/vocabulary.py" line="85"/>
        <source>cognitive effort</source>
        <translation>effort cognitif</translation>
    </message>
    <message>
        <location filename="../../app/ui/vocabulary.py" line="86"/>
        <source>physical effort</source>
        <translation>effort physique</translation>
    </message>
    <message>
        <location filename="../../app/ui/vocabulary.py" line="87"/>
        <source>financial effort</source>
        <translation>effort financier</translation>
    </message>
    <message>
        <location filename="../../app/ui/vocabulary.py" line="88"/>
        <source>emotional effort</source>
        <translation>effort émotionnel</translation>
    </message>
    <message>
        <location filename="../../app/ui/vocabulary.py" line="89"/>
        <source>time lost</source>
        <translation>temps perdu</translation>
    </message>
    <message>
        <location filename="../../app/ui/vocabulary.py" line="101"/>
        <source>target %1</source>
        <translation>cible %1</translation>
    </message>
</context>
</TS>
