<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccessGraph</name>
    <message>
        <source>Indexing memberships</source>
        <translation>Mitgliedschaften werden indiziert</translation>
    </message>
    <message>
        <source>Looking for nesting cycles</source>
        <translation>Verschachtelungszyklen werden gesucht</translation>
    </message>
    <message>
        <source>Finding privileged access</source>
        <translation>Privilegierte Zugriffe werden ermittelt</translation>
    </message>
    <message>
        <source>Correlating accounts with identities</source>
        <translation>Konten werden Identitäten zugeordnet</translation>
    </message>
    <message>
        <source>Following nested groups</source>
        <translation>Verschachtelte Gruppen werden verfolgt</translation>
    </message>
    <message>
        <source>Computing effective access</source>
        <translation>Effektive Zugriffe werden berechnet</translation>
    </message>
</context>
<context>
    <name>AccessPaths</name>
    <message>
        <source>The object is not in the loaded snapshot: choose an account, identity or entitlement.</source>
        <translation>Das Objekt ist nicht im geladenen Snapshot: Wählen Sie ein Konto, eine Identität oder eine Berechtigung.</translation>
    </message>
    <message>
        <source>Nothing grants access to an account or identity: use “What can this reach?” to see what it holds.</source>
        <translation>Nichts gewährt Zugriff auf ein Konto oder eine Identität: Verwenden Sie „Was kann dies erreichen?“, um zu sehen, was es hält.</translation>
    </message>
    <message>
        <source>This identity has no accounts: there is no access path to show.</source>
        <translation>Diese Identität hat keine Konten: Es gibt keinen Zugriffspfad anzuzeigen.</translation>
    </message>
    <message>
        <source>No access path: the account holds no group or role.</source>
        <translation>Kein Zugriffspfad: Das Konto hält keine Gruppe und keine Rolle.</translation>
    </message>
    <message>
        <source>No access path: this entitlement is not a member of any other group or role.</source>
        <translation>Kein Zugriffspfad: Diese Berechtigung ist nicht Mitglied einer anderen Gruppe oder Rolle.</translation>
    </message>
    <message>
        <source>No access path: nobody holds this entitlement, directly or through nested groups.</source>
        <translation>Kein Zugriffspfad: Niemand hält diese Berechtigung, weder direkt noch über verschachtelte Gruppen.</translation>
    </message>
</context>
<context>
    <name>AccessReadBack</name>
    <message>
        <source>reading back what %1 reaches failed: %2</source>
        <translation>das erneute Lesen dessen, was %1 erreicht, ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>AccountCases</name>
    <message>
        <source>no account was named</source>
        <translation>kein Konto wurde genannt</translation>
    </message>
    <message>
        <source>the workspace has no source %1</source>
        <translation>der Arbeitsbereich hat keine Quelle %1</translation>
    </message>
    <message>
        <source>%1 cannot read an account now</source>
        <translation>%1 kann jetzt kein Konto lesen</translation>
    </message>
</context>
<context>
    <name>AccountFlags</name>
    <message>
        <source>No owner</source>
        <translation>Kein Besitzer</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <source>Never logged on</source>
        <translation>Nie angemeldet</translation>
    </message>
    <message>
        <source>Password never changed</source>
        <translation>Kennwort nie geändert</translation>
    </message>
    <message>
        <source>Password older than a year</source>
        <translation>Kennwort älter als ein Jahr</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Leaver still enabled</source>
        <translation>Ausgeschieden, noch aktiviert</translation>
    </message>
    <message>
        <source>Orphan</source>
        <translation>Verwaist</translation>
    </message>
    <message>
        <source>Never used</source>
        <translation>Nie benutzt</translation>
    </message>
    <message>
        <source>First password</source>
        <translation>Erstpasswort</translation>
    </message>
    <message>
        <source>Old password</source>
        <translation>Altes Passwort</translation>
    </message>
    <message>
        <source>Leaver</source>
        <translation>Ausgeschieden</translation>
    </message>
</context>
<context>
    <name>Analysis</name>
    <message>
        <source>The workspace holds no snapshot yet: sync a source or import one first.</source>
        <translation>Der Arbeitsbereich enthält noch keinen Snapshot: Synchronisieren Sie zuerst eine Quelle oder importieren Sie einen Snapshot.</translation>
    </message>
    <message>
        <source>The workspace has no snapshot %1.</source>
        <translation>Der Arbeitsbereich hat keinen Snapshot %1.</translation>
    </message>
    <message>
        <source>Loading snapshot “%1”</source>
        <translation>Snapshot „%1“ wird geladen</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Computing the measures</source>
        <translation>Kennzahlen werden berechnet</translation>
    </message>
    <message>
        <source>The snapshot “%1” of %2 is empty: it holds no accounts, so every measure is zero.</source>
        <translation>Der Snapshot „%1“ von %2 ist leer: Er enthält keine Konten, daher ist jede Kennzahl null.</translation>
    </message>
    <message>
        <source>The workspace has no snapshot %1 to compare with.</source>
        <translation>Der Arbeitsbereich hat keinen Snapshot %1 zum Vergleichen.</translation>
    </message>
    <message>
        <source>Snapshot %1 is of another source (%2): drift compares two snapshots of the same source.</source>
        <translation>Snapshot %1 gehört zu einer anderen Quelle (%2): Die Abweichungsanalyse vergleicht zwei Snapshots derselben Quelle.</translation>
    </message>
    <message>
        <source>“%1” is the only snapshot of %2 up to that date: there is nothing to compare it with, so no changes and no trends are shown.</source>
        <translation>„%1“ ist bis zu diesem Datum der einzige Snapshot von %2: Es gibt nichts zum Vergleichen, daher werden keine Änderungen und keine Trends angezeigt.</translation>
    </message>
    <message>
        <source>Comparing with “%1”</source>
        <translation>Vergleich mit „%1“</translation>
    </message>
    <message>
        <source>%1 grants revoked in closed reviews have come back.</source>
        <translation>%1 in abgeschlossenen Überprüfungen widerrufene Zuweisungen sind zurückgekehrt.</translation>
    </message>
    <message>
        <source>Attest access sprawl report — %1 — %2</source>
        <translation>Attest-Bericht zur Zugriffsausbreitung — %1 — %2</translation>
    </message>
    <message>
        <source>Access sprawl and hygiene</source>
        <translation>Zugriffsausbreitung und Hygiene</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Arbeitsbereich: %1</translation>
    </message>
    <message>
        <source>Source: %1, snapshot “%2” taken %3</source>
        <translation>Quelle: %1, Snapshot „%2“ erstellt am %3</translation>
    </message>
    <message>
        <source>Report written %1 by %2</source>
        <translation>Bericht erstellt am %1 von %2</translation>
    </message>
    <message>
        <source>%1 identities, %2 accounts (%3 enabled), %4 entitlements; %5 direct and %6 effective grants, %7% of them inherited through nesting.</source>
        <translation>%1 Identitäten, %2 Konten (%3 aktiviert), %4 Berechtigungen; %5 direkte und %6 effektive Zuweisungen, davon %7% über Verschachtelung geerbt.</translation>
    </message>
    <message>
        <source>Headline figures</source>
        <translation>Kennzahlen im Überblick</translation>
    </message>
    <message>
        <source> (%1 since %2)</source>
        <translation> (%1 seit %2)</translation>
    </message>
    <message>
        <source>Effective grants: %1%2</source>
        <translation>Effektive Zuweisungen: %1%2</translation>
    </message>
    <message>
        <source>Privileged accounts: %1%2</source>
        <translation>Privilegierte Konten: %1%2</translation>
    </message>
    <message>
        <source>Stale or never used accounts: %1%2</source>
        <translation>Veraltete oder nie genutzte Konten: %1%2</translation>
    </message>
    <message>
        <source>Accounts without identity: %1%2</source>
        <translation>Konten ohne Identität: %1%2</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source> (%1 accepted as exceptions)</source>
        <translation> (%1 als Ausnahmen akzeptiert)</translation>
    </message>
    <message>
        <source> — FLAGGED: %1</source>
        <translation> — MARKIERT: %1</translation>
    </message>
    <message>
        <source>Entitlements per identity (effective)</source>
        <translation>Berechtigungen pro Identität (effektiv)</translation>
    </message>
    <message>
        <source>Median %1, 90th percentile %2, 99th percentile %3, maximum %4, mean %5</source>
        <translation>Median %1, 90. Perzentil %2, 99. Perzentil %3, Maximum %4, Mittelwert %5</translation>
    </message>
    <message>
        <source>%1 entitlements</source>
        <translation>%1 Berechtigungen</translation>
    </message>
    <message>
        <source>Most entitlements:</source>
        <translation>Meiste Berechtigungen:</translation>
    </message>
    <message>
        <source>Nesting depth (groups that nest or are nested)</source>
        <translation>Verschachtelungstiefe (Gruppen, die verschachteln oder verschachtelt sind)</translation>
    </message>
    <message>
        <source>No group is nested in another.</source>
        <translation>Keine Gruppe ist in einer anderen verschachtelt.</translation>
    </message>
    <message>
        <source>%1 levels below</source>
        <translation>%1 Ebenen darunter</translation>
    </message>
    <message>
        <source>Nesting cycles: %1</source>
        <translation>Verschachtelungszyklen: %1</translation>
    </message>
    <message>
        <source>Trend across snapshots</source>
        <translation>Trend über Snapshots</translation>
    </message>
    <message>
        <source>%1 — grants</source>
        <translation>%1 — Zuweisungen</translation>
    </message>
    <message>
        <source>%1 grants, %2 privileged, %3 stale, %4 orphaned</source>
        <translation>%1 Zuweisungen, %2 privilegiert, %3 veraltet, %4 verwaist</translation>
    </message>
    <message>
        <source>Only one snapshot of this source: no trend yet.</source>
        <translation>Nur ein Snapshot dieser Quelle: noch kein Trend.</translation>
    </message>
    <message>
        <source>Changes since “%1”</source>
        <translation>Änderungen seit „%1“</translation>
    </message>
    <message>
        <source>Grants added: %1 (%2 privileged); removed: %3 (%4 privileged); net %5, %6% (%7% per 30 days).</source>
        <translation>Zuweisungen hinzugefügt: %1 (%2 privilegiert); entfernt: %3 (%4 privilegiert); netto %5, %6% (%7% pro 30 Tage).</translation>
    </message>
    <message>
        <source>Regressions (access revoked in a closed review that has come back): %1</source>
        <translation>Rückfälle (in einer abgeschlossenen Überprüfung widerrufener Zugriff, der zurückgekehrt ist): %1</translation>
    </message>
    <message>
        <source>Where access concentrates (identities per department holding the most-held entitlements)</source>
        <translation>Wo sich Zugriff konzentriert (Identitäten pro Abteilung mit den am häufigsten gehaltenen Berechtigungen)</translation>
    </message>
    <message>
        <source>Separation of duties</source>
        <translation>Funktionstrennung</translation>
    </message>
    <message>
        <source>No separation-of-duties rules are defined in this workspace.</source>
        <translation>In diesem Arbeitsbereich sind keine Regeln zur Funktionstrennung definiert.</translation>
    </message>
    <message>
        <source>%1 (%2): %3 violations</source>
        <translation>%1 (%2): %3 Verstöße</translation>
    </message>
    <message>
        <source> — names entitlements that no longer exist: %1</source>
        <translation> — nennt Berechtigungen, die nicht mehr existieren: %1</translation>
    </message>
    <message>
        <source>Accepted exceptions</source>
        <translation>Akzeptierte Ausnahmen</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>%1 — %2: %3; approved by %4, accepted by %5 on %6, %7 %8</source>
        <translation>%1 — %2: %3; genehmigt von %4, akzeptiert von %5 am %6, %7 %8</translation>
    </message>
    <message>
        <source>expires</source>
        <translation>läuft ab</translation>
    </message>
    <message>
        <source>EXPIRED</source>
        <translation>ABGELAUFEN</translation>
    </message>
    <message>
        <source>revoked in “%1” (%2, %3)</source>
        <translation>widerrufen in „%1“ (%2, %3)</translation>
    </message>
    <message>
        <source>The accepted exceptions stored in the workspace cannot be read (%1); none are applied.</source>
        <translation>Die im Arbeitsbereich gespeicherten akzeptierten Ausnahmen können nicht gelesen werden (%1); keine wird angewendet.</translation>
    </message>
    <message>
        <source>a reason</source>
        <translation>eine Begründung</translation>
    </message>
    <message>
        <source>an approver</source>
        <translation>eine genehmigende Person</translation>
    </message>
    <message>
        <source>an expiry date</source>
        <translation>ein Ablaufdatum</translation>
    </message>
    <message>
        <source>An accepted exception needs %1.</source>
        <translation>Eine akzeptierte Ausnahme benötigt %1.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>The expiry date %1 is not in the future: an exception that has already expired would accept nothing.</source>
        <translation>Das Ablaufdatum %1 liegt nicht in der Zukunft: Eine bereits abgelaufene Ausnahme würde nichts akzeptieren.</translation>
    </message>
    <message>
        <source>The exception does not name a finding.</source>
        <translation>Die Ausnahme nennt keinen Befund.</translation>
    </message>
    <message>
        <source>There is no accepted exception for that finding.</source>
        <translation>Für diesen Befund gibt es keine akzeptierte Ausnahme.</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>direkt</translation>
    </message>
    <message>
        <source>via %1</source>
        <translation>über %1</translation>
    </message>
    <message>
        <source>Entitlements per identity</source>
        <translation>Berechtigungen pro Identität</translation>
    </message>
    <message>
        <source>Identities above the 90th percentile of effective entitlements</source>
        <translation>Identitäten über dem 90. Perzentil der effektiven Berechtigungen</translation>
    </message>
    <message>
        <source>People holding more entitlements (directly or through groups and roles, counted once across their accounts) than nine in ten of their colleagues: more than %1.</source>
        <translation>Personen, die mehr Berechtigungen halten (direkt oder über Gruppen und Rollen, über alle ihre Konten einmal gezählt) als neun von zehn ihrer Kollegen: mehr als %1.</translation>
    </message>
    <message>
        <source>Privileged access</source>
        <translation>Privilegierter Zugriff</translation>
    </message>
    <message>
        <source>Privileged accounts</source>
        <translation>Privilegierte Konten</translation>
    </message>
    <message>
        <source>Accounts holding at least one privileged entitlement (a protected or administrative group or role, or one tagged privileged), directly or through nesting.</source>
        <translation>Konten, die mindestens eine privilegierte Berechtigung halten (eine geschützte oder administrative Gruppe oder Rolle oder eine als privilegiert markierte), direkt oder über Verschachtelung.</translation>
    </message>
    <message>
        <source>Privileged identities</source>
        <translation>Privilegierte Identitäten</translation>
    </message>
    <message>
        <source>People with at least one privileged account.</source>
        <translation>Personen mit mindestens einem privilegierten Konto.</translation>
    </message>
    <message>
        <source>Privileged share of active accounts</source>
        <translation>Privilegierter Anteil aktiver Konten</translation>
    </message>
    <message>
        <source>Enabled privileged accounts as a share of all enabled accounts. Flagged above %1% or above %2 accounts: privilege should be rare.</source>
        <translation>Aktivierte privilegierte Konten als Anteil aller aktivierten Konten. Markiert über %1% oder über %2 Konten: Privilegien sollten selten sein.</translation>
    </message>
    <message>
        <source>%1 active privileged accounts (above %2)</source>
        <translation>%1 aktive privilegierte Konten (über %2)</translation>
    </message>
    <message>
        <source>Stale privileged accounts</source>
        <translation>Veraltete privilegierte Konten</translation>
    </message>
    <message>
        <source>Enabled privileged accounts with no logon in %1 days, or never logged on and older than that.</source>
        <translation>Aktivierte privilegierte Konten ohne Anmeldung seit %1 Tagen oder nie angemeldet und älter als das.</translation>
    </message>
    <message>
        <source>Privileged accounts without owner</source>
        <translation>Privilegierte Konten ohne Besitzer</translation>
    </message>
    <message>
        <source>Privileged accounts correlated to no identity: nobody answers for them.</source>
        <translation>Privilegierte Konten, die keiner Identität zugeordnet sind: Niemand ist für sie verantwortlich.</translation>
    </message>
    <message>
        <source>Privileged accounts with a password older than a year</source>
        <translation>Privilegierte Konten mit einem Kennwort älter als ein Jahr</translation>
    </message>
    <message>
        <source>Privileged accounts whose password was last set more than %1 days ago (or never changed since an account created that long ago).</source>
        <translation>Privilegierte Konten, deren Kennwort zuletzt vor mehr als %1 Tagen gesetzt wurde (oder seit der so lange zurückliegenden Kontoerstellung nie geändert wurde).</translation>
    </message>
    <message>
        <source>Hidden members of privileged groups</source>
        <translation>Versteckte Mitglieder privilegierter Gruppen</translation>
    </message>
    <message>
        <source>Accounts that hold a privileged entitlement only through nested groups, so they do not appear in its member list.</source>
        <translation>Konten, die eine privilegierte Berechtigung nur über verschachtelte Gruppen halten und daher nicht in deren Mitgliederliste erscheinen.</translation>
    </message>
    <message>
        <source>Stale accounts</source>
        <translation>Veraltete Konten</translation>
    </message>
    <message>
        <source>Enabled accounts that have logged on before, but not in the last %1 days.</source>
        <translation>Aktivierte Konten, die sich schon angemeldet haben, aber nicht in den letzten %1 Tagen.</translation>
    </message>
    <message>
        <source>Never logged on</source>
        <translation>Nie angemeldet</translation>
    </message>
    <message>
        <source>Enabled accounts that have never logged on and were created more than %1 days ago (counted apart from stale accounts).</source>
        <translation>Aktivierte Konten, die sich nie angemeldet haben und vor mehr als %1 Tagen erstellt wurden (getrennt von veralteten Konten gezählt).</translation>
    </message>
    <message>
        <source>Orphaned access</source>
        <translation>Verwaiste Zugriffe</translation>
    </message>
    <message>
        <source>Accounts without identity</source>
        <translation>Konten ohne Identität</translation>
    </message>
    <message>
        <source>Accounts correlated to no person: no manager to review them, nobody to ask.</source>
        <translation>Konten, die keiner Person zugeordnet sind: keine vorgesetzte Person, die sie überprüft, niemand, den man fragen kann.</translation>
    </message>
    <message>
        <source>Leavers with enabled accounts</source>
        <translation>Ausgeschiedene mit aktivierten Konten</translation>
    </message>
    <message>
        <source>Enabled accounts of people who have left the organisation.</source>
        <translation>Aktivierte Konten von Personen, die die Organisation verlassen haben.</translation>
    </message>
    <message>
        <source>Group hygiene</source>
        <translation>Gruppenhygiene</translation>
    </message>
    <message>
        <source>Groups in nesting cycles</source>
        <translation>Gruppen in Verschachtelungszyklen</translation>
    </message>
    <message>
        <source>Groups that are, through nesting, members of themselves. Each cycle is listed with its groups; a cycle makes access hard to reason about and slows some tools.</source>
        <translation>Gruppen, die über Verschachtelung Mitglied ihrer selbst sind. Jeder Zyklus wird mit seinen Gruppen aufgeführt; ein Zyklus erschwert die Beurteilung von Zugriffen und verlangsamt manche Werkzeuge.</translation>
    </message>
    <message>
        <source>cycle %1: %2</source>
        <translation>Zyklus %1: %2</translation>
    </message>
    <message>
        <source>Deeply nested groups</source>
        <translation>Tief verschachtelte Gruppen</translation>
    </message>
    <message>
        <source>Groups with more than %1 levels of groups nested below them.</source>
        <translation>Gruppen mit mehr als %1 Ebenen darunter verschachtelter Gruppen.</translation>
    </message>
    <message>
        <source>Empty groups</source>
        <translation>Leere Gruppen</translation>
    </message>
    <message>
        <source>Groups and roles with no member: no account and no nested group.</source>
        <translation>Gruppen und Rollen ohne Mitglied: kein Konto und keine verschachtelte Gruppe.</translation>
    </message>
    <message>
        <source>Single-member groups</source>
        <translation>Gruppen mit einem Mitglied</translation>
    </message>
    <message>
        <source>Groups and roles with exactly one direct member.</source>
        <translation>Gruppen und Rollen mit genau einem direkten Mitglied.</translation>
    </message>
    <message>
        <source>Groups without owner</source>
        <translation>Gruppen ohne Besitzer</translation>
    </message>
    <message>
        <source>Groups and roles whose owner is not set or is nobody in the snapshot.</source>
        <translation>Gruppen und Rollen, deren Besitzer nicht gesetzt ist oder im Snapshot niemand ist.</translation>
    </message>
    <message>
        <source>%1 levels</source>
        <translation>%1 Ebenen</translation>
    </message>
    <message>
        <source>Peer outliers</source>
        <translation>Ausreißer unter Kollegen</translation>
    </message>
    <message>
        <source>People holding at least one entitlement that fewer than %1% of their peers (same department and title, or the department when fewer than %2 share the title) hold. The score adds, for each such entitlement, how far below %1% its share is (1 for an entitlement no peer holds).</source>
        <translation>Personen, die mindestens eine Berechtigung halten, die weniger als %1% ihrer Kollegen (gleiche Abteilung und Position oder die Abteilung, wenn weniger als %2 die Position teilen) halten. Der Wert addiert für jede solche Berechtigung, wie weit ihr Anteil unter %1% liegt (1 für eine Berechtigung, die kein Kollege hält).</translation>
    </message>
    <message>
        <source>held by %1% of peers</source>
        <translation>gehalten von %1% der Kollegen</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>Wert %1</translation>
    </message>
    <message>
        <source>Outlier grants</source>
        <translation>Ausreißer-Zuweisungen</translation>
    </message>
    <message>
        <source>Each entitlement held by fewer than %1% of the holder&apos;s peers, with the account that holds it.</source>
        <translation>Jede Berechtigung, die von weniger als %1% der Kollegen der haltenden Person gehalten wird, mit dem Konto, das sie hält.</translation>
    </message>
    <message>
        <source>Separation-of-duties violations</source>
        <translation>Verstöße gegen die Funktionstrennung</translation>
    </message>
    <message>
        <source>People (or accounts without identity) holding two or more entitlements that a rule of the separation-of-duties policy says must not be held together.</source>
        <translation>Personen (oder Konten ohne Identität), die zwei oder mehr Berechtigungen halten, die laut einer Regel der Funktionstrennungsrichtlinie nicht zusammen gehalten werden dürfen.</translation>
    </message>
    <message>
        <source>The separation-of-duties policy is not valid JSON: %1</source>
        <translation>Die Funktionstrennungsrichtlinie ist kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>The separation-of-duties policy must be an object with a &quot;rules&quot; array.</source>
        <translation>Die Funktionstrennungsrichtlinie muss ein Objekt mit einem Array &quot;rules&quot; sein.</translation>
    </message>
    <message>
        <source>Rule %1 of the separation-of-duties policy is not an object.</source>
        <translation>Regel %1 der Funktionstrennungsrichtlinie ist kein Objekt.</translation>
    </message>
    <message>
        <source>Rule %1 of the separation-of-duties policy has no name.</source>
        <translation>Regel %1 der Funktionstrennungsrichtlinie hat keinen Namen.</translation>
    </message>
    <message>
        <source>Two separation-of-duties rules are called “%1”.</source>
        <translation>Zwei Funktionstrennungsregeln heißen „%1“.</translation>
    </message>
    <message>
        <source>The separation-of-duties rule “%1” needs at least two different entitlements that must not be held together.</source>
        <translation>Die Funktionstrennungsregel „%1“ benötigt mindestens zwei verschiedene Berechtigungen, die nicht zusammen gehalten werden dürfen.</translation>
    </message>
    <message>
        <source>The separation-of-duties policy stored in the workspace cannot be read: %1</source>
        <translation>Die im Arbeitsbereich gespeicherte Funktionstrennungsrichtlinie kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Approver: %1</source>
        <translation>Genehmigende Person: %1</translation>
    </message>
    <message>
        <source>No measure with findings is called “%1”.</source>
        <translation>Keine Kennzahl mit Befunden heißt „%1“.</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>Changes since the compared snapshot</source>
        <translation>Änderungen seit dem verglichenen Snapshot</translation>
    </message>
    <message>
        <source>Hidden privileged members</source>
        <translation>Versteckte privilegierte Mitglieder</translation>
    </message>
    <message>
        <source>Leavers still enabled</source>
        <translation>Ausgeschiedene noch aktiviert</translation>
    </message>
    <message>
        <source>Median effective entitlements per identity</source>
        <translation>Median der effektiven Berechtigungen pro Identität</translation>
    </message>
    <message>
        <source>Half the people hold at most this many distinct entitlements.</source>
        <translation>Die Hälfte der Personen hält höchstens so viele verschiedene Berechtigungen.</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90. Perzentil</translation>
    </message>
    <message>
        <source>Nine in ten people hold at most this many distinct entitlements.</source>
        <translation>Neun von zehn Personen halten höchstens so viele verschiedene Berechtigungen.</translation>
    </message>
    <message>
        <source>99th percentile</source>
        <translation>99. Perzentil</translation>
    </message>
    <message>
        <source>99 in 100 people hold at most this many distinct entitlements.</source>
        <translation>99 von 100 Personen halten höchstens so viele verschiedene Berechtigungen.</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>The most distinct entitlements one person holds.</source>
        <translation>Die meisten verschiedenen Berechtigungen, die eine Person hält.</translation>
    </message>
    <message>
        <source>Median direct entitlements per identity</source>
        <translation>Median der direkten Berechtigungen pro Identität</translation>
    </message>
    <message>
        <source>Half the people are granted at most this many entitlements directly.</source>
        <translation>Der Hälfte der Personen sind höchstens so viele Berechtigungen direkt zugewiesen.</translation>
    </message>
    <message>
        <source>Effective grants</source>
        <translation>Effektive Zuweisungen</translation>
    </message>
    <message>
        <source>Every effective grant (account → entitlement, direct or inherited).</source>
        <translation>Jede effektive Zuweisung (Konto → Berechtigung, direkt oder geerbt).</translation>
    </message>
    <message>
        <source>Share of access that is inherited</source>
        <translation>Anteil geerbter Zugriffe</translation>
    </message>
    <message>
        <source>Effective grants that come through nesting, as a share of all.</source>
        <translation>Effektive Zuweisungen, die über Verschachtelung kommen, als Anteil aller.</translation>
    </message>
    <message>
        <source>Deepest nesting</source>
        <translation>Tiefste Verschachtelung</translation>
    </message>
    <message>
        <source>The most levels of groups nested below one group.</source>
        <translation>Die meisten Ebenen von Gruppen, die unter einer Gruppe verschachtelt sind.</translation>
    </message>
    <message>
        <source>Grants added</source>
        <translation>Hinzugefügte Zuweisungen</translation>
    </message>
    <message>
        <source>Effective grants this snapshot holds that the compared one did not, matched by account and entitlement keys.</source>
        <translation>Effektive Zuweisungen, die dieser Snapshot enthält, der verglichene aber nicht, abgeglichen über die Schlüssel von Konto und Berechtigung.</translation>
    </message>
    <message>
        <source>Privileged grants added</source>
        <translation>Hinzugefügte privilegierte Zuweisungen</translation>
    </message>
    <message>
        <source>Grants added of a privileged entitlement.</source>
        <translation>Hinzugefügte Zuweisungen einer privilegierten Berechtigung.</translation>
    </message>
    <message>
        <source>Grants removed</source>
        <translation>Entfernte Zuweisungen</translation>
    </message>
    <message>
        <source>Effective grants of the compared snapshot that this one no longer holds.</source>
        <translation>Effektive Zuweisungen des verglichenen Snapshots, die dieser nicht mehr enthält.</translation>
    </message>
    <message>
        <source>Privileged grants removed</source>
        <translation>Entfernte privilegierte Zuweisungen</translation>
    </message>
    <message>
        <source>Grants removed of a privileged entitlement.</source>
        <translation>Entfernte Zuweisungen einer privilegierten Berechtigung.</translation>
    </message>
    <message>
        <source>Net change</source>
        <translation>Nettoänderung</translation>
    </message>
    <message>
        <source>Grants added minus grants removed.</source>
        <translation>Hinzugefügte minus entfernte Zuweisungen.</translation>
    </message>
    <message>
        <source>Rate of change</source>
        <translation>Änderungsrate</translation>
    </message>
    <message>
        <source>The net change as a share of the grants of the compared snapshot.</source>
        <translation>Die Nettoänderung als Anteil der Zuweisungen des verglichenen Snapshots.</translation>
    </message>
    <message>
        <source>Regressions of revoked access</source>
        <translation>Rückfälle widerrufener Zugriffe</translation>
    </message>
    <message>
        <source>Grants revoked in a closed access review that the snapshot holds again.</source>
        <translation>In einer abgeschlossenen Zugriffsüberprüfung widerrufene Zuweisungen, die der Snapshot wieder enthält.</translation>
    </message>
    <message>
        <source>The reason is %1 characters long; at most %2 are kept.</source>
        <translation>Die Begründung ist %1 Zeichen lang; höchstens %2 werden gespeichert.</translation>
    </message>
    <message>
        <source>No finding was chosen to accept.</source>
        <translation>Es wurde kein Befund zum Akzeptieren ausgewählt.</translation>
    </message>
    <message>
        <source>The separation-of-duties rule “%1” names an empty entitlement.</source>
        <translation>Die Funktionstrennungsregel „%1“ nennt eine leere Berechtigung.</translation>
    </message>
    <message>
        <source>%L1% of active accounts are privileged (above %L2%)</source>
        <translation>%L1&#xa0;% der aktiven Konten sind privilegiert (über %L2&#xa0;%)</translation>
    </message>
</context>
<context>
    <name>AuditLogReader</name>
    <message>
        <source>cannot read the audit log %1 (it does not exist, or the bind identity may not read it): %2</source>
        <translation>das Prüfprotokoll %1 kann nicht gelesen werden (es existiert nicht, oder die Bind-Identität darf es nicht lesen): %2</translation>
    </message>
    <message>
        <source>Reading the audit log</source>
        <translation>Prüfprotokoll wird gelesen</translation>
    </message>
    <message>
        <source>cannot read the audit log %1: %2</source>
        <translation>das Prüfprotokoll %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the audit log was read but not stored: %1</source>
        <translation>das Prüfprotokoll wurde gelesen, aber nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>CampaignCases</name>
    <message>
        <source>no entitlement %1 in the snapshot</source>
        <translation>keine Berechtigung %1 im Snapshot</translation>
    </message>
    <message>
        <source>the entitlement name %1 is ambiguous; give its key</source>
        <translation>der Berechtigungsname %1 ist mehrdeutig; geben Sie ihren Schlüssel an</translation>
    </message>
    <message>
        <source>no account %1 in the snapshot</source>
        <translation>kein Konto %1 im Snapshot</translation>
    </message>
    <message>
        <source>the login %1 is ambiguous; give the account key</source>
        <translation>die Anmeldung %1 ist mehrdeutig; geben Sie den Kontoschlüssel an</translation>
    </message>
    <message>
        <source>cancelled; no campaign was created</source>
        <translation>abgebrochen; es wurde keine Kampagne angelegt</translation>
    </message>
    <message>
        <source>Reading the snapshot…</source>
        <translation>Der Snapshot wird gelesen…</translation>
    </message>
    <message>
        <source>no snapshot %1 in this workspace</source>
        <translation>kein Snapshot %1 in diesem Arbeitsbereich</translation>
    </message>
    <message>
        <source>the workspace holds no snapshot to review</source>
        <translation>der Arbeitsbereich enthält keinen Snapshot zum Überprüfen</translation>
    </message>
    <message>
        <source>Building the population…</source>
        <translation>Die Grundgesamtheit wird erstellt…</translation>
    </message>
    <message>
        <source>the scope holds no access to review</source>
        <translation>der Umfang enthält keinen zu überprüfenden Zugriff</translation>
    </message>
    <message>
        <source>Storing the campaign…</source>
        <translation>Die Kampagne wird gespeichert…</translation>
    </message>
    <message>
        <source>name the reviewer whose worksheet %1 is</source>
        <translation>nennen Sie den Prüfer, dem das Arbeitsblatt %1 gehört</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large for a worksheet</source>
        <translation>%1 ist zu groß für ein Arbeitsblatt</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in %1; nothing was imported</source>
        <translation>
            <numerusform>%n Problem in %1; es wurde nichts importiert</numerusform>
            <numerusform>%n Probleme in %1; es wurde nichts importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing was imported: %1</source>
        <translation>es wurde nichts importiert: %1</translation>
    </message>
    <message>
        <source>closing a campaign needs who closes it (it is recorded)</source>
        <translation>zum Schließen einer Kampagne muss angegeben werden, wer sie schließt (es wird festgehalten)</translation>
    </message>
    <message>
        <source>a sign-off needs who signs it off (it is recorded)</source>
        <translation>zum Abzeichnen muss angegeben werden, wer abzeichnet (es wird festgehalten)</translation>
    </message>
    <message>
        <source>name the folder to write the evidence into</source>
        <translation>nennen Sie den Ordner, in den die Nachweise geschrieben werden</translation>
    </message>
</context>
<context>
    <name>CertificateProbe</name>
    <message>
        <source>&quot;%1&quot; is not an LDAP URL such as ldaps://directory.example.com</source>
        <translation>„%1“ ist keine LDAP-URL wie ldaps://directory.example.com</translation>
    </message>
    <message>
        <source>the CA file %1 holds no PEM certificate</source>
        <translation>die CA-Datei %1 enthält kein PEM-Zertifikat</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>keine Verbindung zu %1 möglich: %2</translation>
    </message>
    <message>
        <source>%1 did not accept StartTLS</source>
        <translation>%1 hat StartTLS nicht akzeptiert</translation>
    </message>
    <message>
        <source>no TLS handshake with %1: %2</source>
        <translation>kein TLS-Handshake mit %1: %2</translation>
    </message>
    <message>
        <source>%1 sent no certificate</source>
        <translation>%1 hat kein Zertifikat gesendet</translation>
    </message>
    <message>
        <source>it does not verify</source>
        <translation>es lässt sich nicht prüfen</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is not trusted: %1. It is issued to %2 by %3, valid %4 to %5, SHA-256 %6. If it is your directory&apos;s, give the CA that issued it (--ca-file) or, once its administrator has confirmed the fingerprint, trust exactly this certificate (--trust-certificate, or Trust This Certificate in the connection dialog)</source>
        <translation>dem Zertifikat des Servers wird nicht vertraut: %1. Es ist ausgestellt für %2 von %3, gültig von %4 bis %5, SHA-256 %6. Ist es das Zertifikat Ihres Verzeichnisses, geben Sie die ausstellende CA an (--ca-file) oder vertrauen Sie, sobald dessen Administrator den Fingerabdruck bestätigt hat, genau diesem Zertifikat (--trust-certificate oder „Diesem Zertifikat vertrauen“ im Verbindungsdialog)</translation>
    </message>
</context>
<context>
    <name>CommandTable</name>
    <message>
        <source>Usage: attest COMMAND [OPTIONS]

Without a command, attest opens the console (GUI); --workspace FILE opens that workspace.

Commands:
</source>
        <translation>Aufruf: attest BEFEHL [OPTIONEN]

Ohne Befehl öffnet attest die Konsole (GUI); --workspace DATEI öffnet diesen Arbeitsbereich.

Befehle:
</translation>
    </message>
    <message>
        <source>
Options:
  -h, --help     Show this help; attest COMMAND --help shows a command&apos;s options.
  -v, --version  Show the version.

Data goes to stdout, progress and errors to stderr. Exit status: 0 success, 1 failure,
2 a wrong command line.
</source>
        <translation>
Optionen:
  -h, --help     Diese Hilfe anzeigen; attest BEFEHL --help zeigt die Optionen eines Befehls.
  -v, --version  Die Version anzeigen.

Daten gehen nach stdout, Fortschritt und Fehler nach stderr. Rückgabewert: 0 Erfolg, 1 Fehler,
2 eine falsche Befehlszeile.
</translation>
    </message>
    <message>
        <source>Usage: attest %1 COMMAND [OPTIONS]  (attest %1 COMMAND --help for each)

Commands:
</source>
        <translation>Aufruf: attest %1 BEFEHL [OPTIONEN]  (attest %1 BEFEHL --help für jeden)

Befehle:
</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <source>Repeatable.</source>
        <translation>Mehrfach möglich.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>The workspace file.</source>
        <translation>Die Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <source>The campaign&apos;s id (see attest review list).</source>
        <translation>Die Nummer der Kampagne (siehe attest review list).</translation>
    </message>
    <message>
        <source>Ticket reference (recorded in the journal).</source>
        <translation>Ticketreferenz (im Journal festgehalten).</translation>
    </message>
    <message>
        <source>Why (recorded in the journal).</source>
        <translation>Warum (im Journal festgehalten).</translation>
    </message>
    <message>
        <source>A file whose first line is the bind password.</source>
        <translation>Eine Datei, deren erste Zeile das Bind-Kennwort ist.</translation>
    </message>
    <message>
        <source>Give up on a directory that does not complete a step (connect, TLS handshake, bind, each search page, each change) within this many seconds (1 to 3600; default 30, or the saved connection&apos;s).</source>
        <translation>Ein Verzeichnis aufgeben, das einen Schritt (Verbindung, TLS-Handshake, Bind, jede Suchseite, jede Änderung) nicht innerhalb so vieler Sekunden abschließt (1 bis 3600; Standard 30 oder der Wert der gespeicherten Verbindung).</translation>
    </message>
    <message>
        <source>ldaps://host[:port] or ldap://host[:port].</source>
        <translation>ldaps://host[:port] oder ldap://host[:port].</translation>
    </message>
    <message>
        <source>The base DN.</source>
        <translation>Der Basis-DN.</translation>
    </message>
    <message>
        <source>Who to bind as.</source>
        <translation>Als wer gebunden wird.</translation>
    </message>
    <message>
        <source>PEM file of the CA to trust (default: the system&apos;s CAs).</source>
        <translation>PEM-Datei der CA, der vertraut wird (Standard: die CAs des Systems).</translation>
    </message>
    <message>
        <source>Use StartTLS on ldap:// (the default for ldap:// URLs).</source>
        <translation>StartTLS auf ldap:// verwenden (Standard für ldap://-URLs).</translation>
    </message>
    <message>
        <source>Allow a bind over ldap:// without TLS: the password crosses the network in clear.</source>
        <translation>Einen Bind über ldap:// ohne TLS erlauben: Das Kennwort geht im Klartext über das Netz.</translation>
    </message>
    <message>
        <source>Trust exactly this server certificate although it does not verify: its SHA-256 fingerprint as attest connection test shows it.</source>
        <translation>Genau diesem Serverzertifikat vertrauen, obwohl es sich nicht prüfen lässt: sein SHA-256-Fingerabdruck, wie attest connection test ihn zeigt.</translation>
    </message>
    <message>
        <source>Read a field from another attribute, e.g. department=ou. Fields: accountObjectClass, login, name, mail, title, department, manager, employeeNumber, employeeType.</source>
        <translation>Ein Feld aus einem anderen Attribut lesen, z. B. department=ou. Felder: accountObjectClass, login, name, mail, title, department, manager, employeeNumber, employeeType.</translation>
    </message>
    <message>
        <source>connection options</source>
        <translation>Verbindungsoptionen</translation>
    </message>
    <message>
        <source>A connection saved in the workspace.</source>
        <translation>Eine im Arbeitsbereich gespeicherte Verbindung.</translation>
    </message>
    <message>
        <source>The workspace whose journal records the change.</source>
        <translation>Der Arbeitsbereich, dessen Journal die Änderung festhält.</translation>
    </message>
    <message>
        <source>The account: its DN, or its login (looked up under the base).</source>
        <translation>Das Konto: sein DN oder sein Anmeldename (unterhalb der Basis gesucht).</translation>
    </message>
    <message>
        <source>The change is previewed on stderr, executed, verified by reading the entry back, and recorded in the workspace&apos;s journal whatever the outcome.</source>
        <translation>Die Änderung wird auf stderr angezeigt, ausgeführt, durch erneutes Lesen des Eintrags geprüft und unabhängig vom Ergebnis im Journal des Arbeitsbereichs festgehalten.</translation>
    </message>
    <message>
        <source>The group&apos;s DN.</source>
        <translation>Der DN der Gruppe.</translation>
    </message>
    <message>
        <source>The snapshot to measure (default: the newest).</source>
        <translation>Der zu messende Snapshot (Standard: der neueste).</translation>
    </message>
    <message>
        <source>The snapshot to compare with for drift (default: the previous snapshot of the same source; none: no comparison).</source>
        <translation>Der Snapshot, mit dem die Abweichung verglichen wird (Standard: der vorige Snapshot derselben Quelle; none: kein Vergleich).</translation>
    </message>
    <message>
        <source>Days without logon after which an account is stale (default 90).</source>
        <translation>Tage ohne Anmeldung, nach denen ein Konto als veraltet gilt (Standard 90).</translation>
    </message>
    <message>
        <source>The reviewer whose items these are.</source>
        <translation>Die prüfende Person, deren Einträge es sind.</translation>
    </message>
    <message>
        <source>Generate the demo organisation into a new workspace (and as LDIF)</source>
        <translation>Die Demo-Organisation in einen neuen Arbeitsbereich erzeugen (und als LDIF)</translation>
    </message>
    <message>
        <source>Generates the built-in demo organisation (people, accounts, groups, roles, a privileged tier, four quarterly snapshots and audit events) into a new workspace. The same options always give the same organisation.</source>
        <translation>Erzeugt die eingebaute Demo-Organisation (Personen, Konten, Gruppen, Rollen, eine privilegierte Ebene, vier Quartals-Snapshots und Prüfereignisse) in einem neuen Arbeitsbereich. Dieselben Optionen ergeben immer dieselbe Organisation.</translation>
    </message>
    <message>
        <source>The new workspace file.</source>
        <translation>Die neue Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <source>Number of people, 1 to 1,000,000 (default 2000).</source>
        <translation>Anzahl der Personen, 1 bis 1.000.000 (Standard 2000).</translation>
    </message>
    <message>
        <source>Random seed (default 20260101).</source>
        <translation>Startwert des Zufallsgenerators (Standard 20260101).</translation>
    </message>
    <message>
        <source>Date of the newest snapshot, YYYY-MM-DD (default today).</source>
        <translation>Datum des neuesten Snapshots, JJJJ-MM-TT (Standard heute).</translation>
    </message>
    <message>
        <source>Also write the newest snapshot as LDIF for OpenLDAP&apos;s slapadd.</source>
        <translation>Den neuesten Snapshot zusätzlich als LDIF für slapadd von OpenLDAP schreiben.</translation>
    </message>
    <message>
        <source>Write the records of a snapshot, the journal or a review campaign to stdout</source>
        <translation>Die Datensätze eines Snapshots, des Journals oder einer Überprüfungskampagne nach stdout schreiben</translation>
    </message>
    <message>
        <source>Writes one kind of record of a snapshot to stdout as JSON (an array of objects) or CSV (RFC 4180; text starting with = + - @ is prefixed with &apos; against spreadsheet formulas).
journal writes every journal record: sequence, time (UTC, milliseconds), operator, bind identity, action, target, parameters, result, verification, ticket, reason, and hash, previous hash, signature and key id in hex; check it with attest journal verify.
review-items (with --campaign ID) writes every item of a review campaign with its current decision, reviewer and relation, and the recommendation with its inputs.</source>
        <translation>Schreibt eine Art von Datensätzen eines Snapshots nach stdout, als JSON (ein Array von Objekten) oder CSV (RFC 4180; Text, der mit = + - @ beginnt, erhält ein vorangestelltes &apos; gegen Tabellenformeln).
journal schreibt jeden Journaleintrag: Folgenummer, Zeit (UTC, Millisekunden), Bediener, Bind-Identität, Aktion, Ziel, Parameter, Ergebnis, Prüfung, Ticket, Begründung sowie Hash, vorigen Hash, Signatur und Schlüssel-ID hexadezimal; prüfen Sie es mit attest journal verify.
review-items (mit --campaign ID) schreibt jeden Eintrag einer Überprüfungskampagne mit seiner aktuellen Entscheidung, prüfenden Person und Beziehung sowie der Empfehlung mit ihren Grundlagen.</translation>
    </message>
    <message>
        <source>Snapshot id (see export snapshots); default the newest.</source>
        <translation>Snapshot-Nummer (siehe export snapshots); Standard der neueste.</translation>
    </message>
    <message>
        <source>The format of the records.</source>
        <translation>Das Format der Datensätze.</translation>
    </message>
    <message>
        <source>The review campaign (for review-items).</source>
        <translation>Die Überprüfungskampagne (für review-items).</translation>
    </message>
    <message>
        <source>Read an OpenLDAP directory into a new snapshot</source>
        <translation>Ein OpenLDAP-Verzeichnis in einen neuen Snapshot lesen</translation>
    </message>
    <message>
        <source>Reads the directory into a new snapshot of the workspace, in one transaction: on any failure the workspace is unchanged. The password is read from a file or the OS keychain and never stored in the workspace.</source>
        <translation>Liest das Verzeichnis in einer Transaktion in einen neuen Snapshot des Arbeitsbereichs: Bei jedem Fehler bleibt der Arbeitsbereich unverändert. Das Kennwort wird aus einer Datei oder dem Schlüsselbund des Systems gelesen und nie im Arbeitsbereich gespeichert.</translation>
    </message>
    <message>
        <source>Name of the source for inline options (default: host and base).</source>
        <translation>Name der Quelle für direkt angegebene Optionen (Standard: Host und Basis).</translation>
    </message>
    <message>
        <source>Save a directory connection in the workspace</source>
        <translation>Eine Verzeichnisverbindung im Arbeitsbereich speichern</translation>
    </message>
    <message>
        <source>Connections are saved without their passwords: a password given here goes to the OS keychain, and commands naming the connection read it from there.</source>
        <translation>Verbindungen werden ohne ihre Kennwörter gespeichert: Ein hier angegebenes Kennwort kommt in den Schlüsselbund des Systems, und Befehle, die die Verbindung nennen, lesen es von dort.</translation>
    </message>
    <message>
        <source>List the directory connections saved in the workspace</source>
        <translation>Die im Arbeitsbereich gespeicherten Verzeichnisverbindungen auflisten</translation>
    </message>
    <message>
        <source>Test a saved connection step by step and record what it may change</source>
        <translation>Eine gespeicherte Verbindung Schritt für Schritt testen und festhalten, was sie ändern darf</translation>
    </message>
    <message>
        <source>Each step is said plainly, in order, stopping at the first that fails: reachable, TLS, certificate, bind, base, roughly how many entries, and what the bind identity may change.</source>
        <translation>Jeder Schritt wird klar benannt, der Reihe nach, bis zum ersten, der fehlschlägt: erreichbar, TLS, Zertifikat, Bind, Basis, ungefähr wie viele Einträge, und was die Bind-Identität ändern darf.</translation>
    </message>
    <message>
        <source>Remove a saved connection (its snapshots stay as history)</source>
        <translation>Eine gespeicherte Verbindung entfernen (ihre Snapshots bleiben als Verlauf)</translation>
    </message>
    <message>
        <source>Add an account to a group in a directory (verified, journaled)</source>
        <translation>Ein Konto zu einer Gruppe in einem Verzeichnis hinzufügen (geprüft, im Journal)</translation>
    </message>
    <message>
        <source>Remove an account from a group in a directory (verified, journaled)</source>
        <translation>Ein Konto aus einer Gruppe in einem Verzeichnis entfernen (geprüft, im Journal)</translation>
    </message>
    <message>
        <source>Disable an account in a directory (verified, journaled)</source>
        <translation>Ein Konto in einem Verzeichnis deaktivieren (geprüft, im Journal)</translation>
    </message>
    <message>
        <source>Enable an account in a directory (verified, journaled)</source>
        <translation>Ein Konto in einem Verzeichnis aktivieren (geprüft, im Journal)</translation>
    </message>
    <message>
        <source>Unlock an account in a directory (verified, journaled)</source>
        <translation>Ein Konto in einem Verzeichnis entsperren (geprüft, im Journal)</translation>
    </message>
    <message>
        <source>Reset an account&apos;s password in a directory (verified, journaled)</source>
        <translation>Das Kennwort eines Kontos in einem Verzeichnis zurücksetzen (geprüft, im Journal)</translation>
    </message>
    <message>
        <source>Generate the new password (16 characters) and print it once, as the last line.</source>
        <translation>Das neue Kennwort erzeugen (16 Zeichen) und einmal ausgeben, als letzte Zeile.</translation>
    </message>
    <message>
        <source>A file whose first line is the new password.</source>
        <translation>Eine Datei, deren erste Zeile das neue Kennwort ist.</translation>
    </message>
    <message>
        <source>Require a change at the next logon (the default).</source>
        <translation>Eine Änderung bei der nächsten Anmeldung verlangen (Standard).</translation>
    </message>
    <message>
        <source>Do not require a change at the next logon.</source>
        <translation>Keine Änderung bei der nächsten Anmeldung verlangen.</translation>
    </message>
    <message>
        <source>Verify the journal&apos;s hash chain, signatures and signed head</source>
        <translation>Hash-Kette, Signaturen und signierten Kopf des Journals prüfen</translation>
    </message>
    <message>
        <source>Checks every record&apos;s hash, its link to the record before it, its signature, the signed head and this computer&apos;s copy of it. Signatures are checked against --key, else the journal key this computer holds for the workspace; with neither, against the key the workspace records, and the output says that this proves less. Exit status 0 only for an intact journal. Export the journal with attest export journal.</source>
        <translation>Prüft den Hash jedes Eintrags, seine Verknüpfung mit dem vorigen Eintrag, seine Signatur, den signierten Kopf und die Kopie davon auf diesem Computer. Signaturen werden gegen --key geprüft, sonst gegen den Journalschlüssel, den dieser Computer für den Arbeitsbereich hält; ohne beide gegen den Schlüssel, den der Arbeitsbereich verzeichnet, und die Ausgabe sagt, dass dies weniger beweist. Rückgabewert 0 nur für ein unversehrtes Journal. Exportieren Sie das Journal mit attest export journal.</translation>
    </message>
    <message>
        <source>The expected journal public key (64 hex digits, or a file).</source>
        <translation>Der erwartete öffentliche Journalschlüssel (64 Hexadezimalziffern oder eine Datei).</translation>
    </message>
    <message>
        <source>Print the public key of this computer&apos;s journal key for the workspace</source>
        <translation>Den öffentlichen Schlüssel des Journalschlüssels dieses Computers für den Arbeitsbereich ausgeben</translation>
    </message>
    <message>
        <source>Give it to an auditor for --key of journal verify and review verify-evidence.</source>
        <translation>Geben Sie ihn einer prüfenden Stelle für --key von journal verify und review verify-evidence.</translation>
    </message>
    <message>
        <source>Freeze a review campaign&apos;s population from a snapshot</source>
        <translation>Die Grundgesamtheit einer Überprüfungskampagne aus einem Snapshot einfrieren</translation>
    </message>
    <message>
        <source>One item per (account, entitlement) pair in scope, effective grants included, from one snapshot (the newest by default). Prints the campaign id, the item count, the population&apos;s SHA-256 and its reconciliation with the snapshot; journaled. An exclusion names an account (key or login) and an entitlement (key or name), either may be empty for &quot;any&quot;, and a mandatory reason.</source>
        <translation>Ein Eintrag pro Paar (Konto, Berechtigung) im Umfang, effektive Zuweisungen eingeschlossen, aus einem Snapshot (standardmäßig dem neuesten). Gibt die Kampagnennummer, die Anzahl der Einträge, den SHA-256 der Grundgesamtheit und ihren Abgleich mit dem Snapshot aus; im Journal festgehalten. Ein Ausschluss nennt ein Konto (Schlüssel oder Anmeldename) und eine Berechtigung (Schlüssel oder Name), beide dürfen für „jede“ leer sein, und eine verpflichtende Begründung.</translation>
    </message>
    <message>
        <source>The campaign&apos;s name.</source>
        <translation>Der Name der Kampagne.</translation>
    </message>
    <message>
        <source>The snapshot to freeze (default the newest).</source>
        <translation>Der einzufrierende Snapshot (Standard der neueste).</translation>
    </message>
    <message>
        <source>manager (default), owner or named.</source>
        <translation>manager (Standard), owner oder named.</translation>
    </message>
    <message>
        <source>Entitlements: all (default) or privileged.</source>
        <translation>Berechtigungen: all (Standard) oder privileged.</translation>
    </message>
    <message>
        <source>Review only this entitlement.</source>
        <translation>Nur diese Berechtigung überprüfen.</translation>
    </message>
    <message>
        <source>Review entitlements whose name contains this text.</source>
        <translation>Berechtigungen überprüfen, deren Name diesen Text enthält.</translation>
    </message>
    <message>
        <source>Only accounts of this department.</source>
        <translation>Nur Konten dieser Abteilung.</translation>
    </message>
    <message>
        <source>Only accounts of this kind.</source>
        <translation>Nur Konten dieser Art.</translation>
    </message>
    <message>
        <source>Leave out a grant, with the reason.</source>
        <translation>Eine Zuweisung mit Begründung auslassen.</translation>
    </message>
    <message>
        <source>Due date, YYYY-MM-DD (the end of that day, UTC).</source>
        <translation>Fälligkeitsdatum, JJJJ-MM-TT (das Ende dieses Tages, UTC).</translation>
    </message>
    <message>
        <source>At close, undecided items: keep (default), revoke, follow-recommendation.</source>
        <translation>Beim Abschluss, unentschiedene Einträge: keep (Standard), revoke, follow-recommendation.</translation>
    </message>
    <message>
        <source>Approvals need a justification.</source>
        <translation>Genehmigungen brauchen eine Begründung.</translation>
    </message>
    <message>
        <source>Revokes need no justification.</source>
        <translation>Widerrufe brauchen keine Begründung.</translation>
    </message>
    <message>
        <source>No logon for this many days: stale (default 90).</source>
        <translation>Keine Anmeldung seit so vielen Tagen: veraltet (Standard 90).</translation>
    </message>
    <message>
        <source>List the campaigns: id, status, items, due date, name</source>
        <translation>Die Kampagnen auflisten: Nummer, Status, Einträge, Fälligkeit, Name</translation>
    </message>
    <message>
        <source>Show a campaign&apos;s progress, overall and per reviewer</source>
        <translation>Den Fortschritt einer Kampagne anzeigen, insgesamt und pro prüfender Person</translation>
    </message>
    <message>
        <source>Decided of total, revoke rate, overdue, and the rubber-stamp signal (a reviewer approving everything at a few seconds an item).</source>
        <translation>Entschieden von insgesamt, Widerrufsquote, überfällig und das Signal für Durchwinken (eine prüfende Person, die alles in wenigen Sekunden pro Eintrag genehmigt).</translation>
    </message>
    <message>
        <source>text (default) or json.</source>
        <translation>text (Standard) oder json.</translation>
    </message>
    <message>
        <source>Record a decision on items of a campaign</source>
        <translation>Eine Entscheidung zu Einträgen einer Kampagne festhalten</translation>
    </message>
    <message>
        <source>Items are numbered from 1; changing a decision keeps its history. Who may decide which item is the same rule as in the console.</source>
        <translation>Einträge sind ab 1 nummeriert; eine geänderte Entscheidung behält ihren Verlauf. Wer welchen Eintrag entscheiden darf, folgt derselben Regel wie in der Konsole.</translation>
    </message>
    <message>
        <source>Item numbers, from 1: N, N,M or N-M.</source>
        <translation>Eintragsnummern ab 1: N, N,M oder N-M.</translation>
    </message>
    <message>
        <source>The decision.</source>
        <translation>Die Entscheidung.</translation>
    </message>
    <message>
        <source>Why (recorded).</source>
        <translation>Warum (festgehalten).</translation>
    </message>
    <message>
        <source>Apply the recommendation to every undecided item</source>
        <translation>Die Empfehlung auf jeden unentschiedenen Eintrag anwenden</translation>
    </message>
    <message>
        <source>Never overwrites a decision.</source>
        <translation>Überschreibt nie eine Entscheidung.</translation>
    </message>
    <message>
        <source>Only this reviewer&apos;s items.</source>
        <translation>Nur die Einträge dieser prüfenden Person.</translation>
    </message>
    <message>
        <source>Give items, or every undecided item of a reviewer, to another reviewer</source>
        <translation>Einträge oder jeden unentschiedenen Eintrag einer prüfenden Person einer anderen geben</translation>
    </message>
    <message>
        <source>Give either --item or --from; the reassignment is recorded.</source>
        <translation>Geben Sie entweder --item oder --from an; die Neuzuweisung wird festgehalten.</translation>
    </message>
    <message>
        <source>Write a reviewer&apos;s items as a worksheet (CSV or XLSX) for offline review</source>
        <translation>Die Einträge einer prüfenden Person als Arbeitsblatt (CSV oder XLSX) für die Offline-Überprüfung schreiben</translation>
    </message>
    <message>
        <source>Fill in decision and justification, then import it. The format follows the file&apos;s extension unless given; the XLSX workbook offers the decisions as a drop-down list.</source>
        <translation>Entscheidung und Begründung ausfüllen, dann importieren. Das Format folgt der Dateiendung, sofern nicht angegeben; die XLSX-Arbeitsmappe bietet die Entscheidungen als Auswahlliste an.</translation>
    </message>
    <message>
        <source>The worksheet to write (.csv or .xlsx).</source>
        <translation>Das zu schreibende Arbeitsblatt (.csv oder .xlsx).</translation>
    </message>
    <message>
        <source>The worksheet&apos;s format (default: from the output file&apos;s extension, else csv).</source>
        <translation>Das Format des Arbeitsblatts (Standard: nach der Endung der Ausgabedatei, sonst csv).</translation>
    </message>
    <message>
        <source>Import the decisions of a filled-in worksheet</source>
        <translation>Die Entscheidungen eines ausgefüllten Arbeitsblatts importieren</translation>
    </message>
    <message>
        <source>Reads a CSV or XLSX worksheet (also after saving it in Excel or LibreOffice). Checks every row first and lists each problem with its line; a file with any problem imports nothing. Rows with an empty decision are skipped.</source>
        <translation>Liest ein CSV- oder XLSX-Arbeitsblatt (auch nach dem Speichern in Excel oder LibreOffice). Prüft zuerst jede Zeile und listet jedes Problem mit seiner Zeile auf; aus einer Datei mit einem Problem wird nichts importiert. Zeilen ohne Entscheidung werden übersprungen.</translation>
    </message>
    <message>
        <source>The worksheet to read (CSV or XLSX).</source>
        <translation>Das zu lesende Arbeitsblatt (CSV oder XLSX).</translation>
    </message>
    <message>
        <source>Close a campaign and plan the changes its revokes need</source>
        <translation>Eine Kampagne abschließen und die Änderungen planen, die ihre Widerrufe erfordern</translation>
    </message>
    <message>
        <source>Undecided items get the no-response policy&apos;s verdict (only with --apply-no-response-policy), and every revoke becomes a planned change, which is printed.</source>
        <translation>Unentschiedene Einträge erhalten das Urteil der Regel für ausbleibende Antworten (nur mit --apply-no-response-policy), und jeder Widerruf wird zu einer geplanten Änderung, die ausgegeben wird.</translation>
    </message>
    <message>
        <source>Let the campaign&apos;s no-response policy decide undecided items.</source>
        <translation>Die Regel der Kampagne für ausbleibende Antworten über unentschiedene Einträge entscheiden lassen.</translation>
    </message>
    <message>
        <source>Apply a closed campaign&apos;s planned changes through the source</source>
        <translation>Die geplanten Änderungen einer abgeschlossenen Kampagne über die Quelle anwenden</translation>
    </message>
    <message>
        <source>LDAP: removes the member and verifies; the demo source: a new snapshot. What is already done is skipped; --preview only prints the plan; --done ITEM --ticket REF records a change completed outside Attest. Connection options replace the campaign source&apos;s saved connection.</source>
        <translation>LDAP: entfernt das Mitglied und prüft; die Demo-Quelle: ein neuer Snapshot. Bereits Erledigtes wird übersprungen; --preview gibt nur den Plan aus; --done EINTRAG --ticket REF hält eine außerhalb von Attest erledigte Änderung fest. Verbindungsoptionen ersetzen die gespeicherte Verbindung der Quelle der Kampagne.</translation>
    </message>
    <message>
        <source>Print the plan; change nothing.</source>
        <translation>Den Plan ausgeben; nichts ändern.</translation>
    </message>
    <message>
        <source>The item completed outside Attest.</source>
        <translation>Der außerhalb von Attest erledigte Eintrag.</translation>
    </message>
    <message>
        <source>Sign off a closed campaign as its owner</source>
        <translation>Eine abgeschlossene Kampagne als ihre leitende Person abzeichnen</translation>
    </message>
    <message>
        <source>The sign-off statement.</source>
        <translation>Die Erklärung zur Abzeichnung.</translation>
    </message>
    <message>
        <source>Write a campaign&apos;s signed evidence pack to a folder</source>
        <translation>Das signierte Nachweispaket einer Kampagne in einen Ordner schreiben</translation>
    </message>
    <message>
        <source>The folder to write.</source>
        <translation>Der zu schreibende Ordner.</translation>
    </message>
    <message>
        <source>Check an evidence pack against its signed manifest</source>
        <translation>Ein Nachweispaket gegen sein signiertes Manifest prüfen</translation>
    </message>
    <message>
        <source>Exit 0 only when every file matches the signed manifest, nothing was added, and the manifest is signed by the expected key: --key (the journal&apos;s public key or fingerprint, which attest journal key prints), else the journal key this computer holds for --workspace.</source>
        <translation>Rückgabewert 0 nur, wenn jede Datei dem signierten Manifest entspricht, nichts hinzugefügt wurde und das Manifest mit dem erwarteten Schlüssel signiert ist: --key (der öffentliche Schlüssel des Journals oder sein Fingerabdruck, den attest journal key ausgibt), sonst der Journalschlüssel, den dieser Computer für --workspace hält.</translation>
    </message>
    <message>
        <source>The expected signing key: the journal&apos;s public key or its fingerprint (hex), or a file holding it.</source>
        <translation>Der erwartete Signaturschlüssel: der öffentliche Schlüssel des Journals oder sein Fingerabdruck (hexadezimal) oder eine Datei, die ihn enthält.</translation>
    </message>
    <message>
        <source>The workspace whose journal key this computer holds.</source>
        <translation>Der Arbeitsbereich, dessen Journalschlüssel dieser Computer hält.</translation>
    </message>
    <message>
        <source>Every sprawl and hygiene measure of a snapshot, with its drift and trend</source>
        <translation>Jede Kennzahl zu Ausbreitung und Hygiene eines Snapshots, mit Abweichung und Trend</translation>
    </message>
    <message>
        <source>Entitlements per identity, privileged access, stale and orphaned accounts, group hygiene, peer outliers, separation-of-duties violations, accepted exceptions, the drift since the compared snapshot (with regressions of access revoked in closed reviews) and the trend over the source&apos;s snapshots. JSON lists the keys of the rows behind every count.</source>
        <translation>Berechtigungen pro Identität, privilegierte Zugriffe, veraltete und verwaiste Konten, Gruppenhygiene, Ausreißer unter Vergleichspersonen, Verstöße gegen die Funktionstrennung, akzeptierte Ausnahmen, die Abweichung seit dem verglichenen Snapshot (mit Rückfällen von in abgeschlossenen Überprüfungen widerrufenen Zugriffen) und der Trend über die Snapshots der Quelle. JSON nennt die Schlüssel der Zeilen hinter jeder Zahl.</translation>
    </message>
    <message>
        <source>The format of the measures.</source>
        <translation>Das Format der Kennzahlen.</translation>
    </message>
    <message>
        <source>Write the dashboard report (PDF) for management and auditors</source>
        <translation>Den Dashboard-Bericht (PDF) für Management und prüfende Stellen schreiben</translation>
    </message>
    <message>
        <source>Headline figures with their change, every measure with its definition, the entitlements-per-identity histogram, the trend, the drift, where access concentrates, separation of duties and the accepted exceptions.</source>
        <translation>Kennzahlen im Überblick mit ihrer Veränderung, jede Kennzahl mit ihrer Definition, das Histogramm der Berechtigungen pro Identität, der Trend, die Abweichung, wo sich Zugriff konzentriert, Funktionstrennung und die akzeptierten Ausnahmen.</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Die zu schreibende PDF-Datei.</translation>
    </message>
    <message>
        <source>Show the commands, or one command&apos;s options</source>
        <translation>Die Befehle oder die Optionen eines Befehls anzeigen</translation>
    </message>
    <message>
        <source>attest help COMMAND is attest COMMAND --help; --markdown prints the synopsis of every command as the README shows it.</source>
        <translation>attest help BEFEHL ist attest BEFEHL --help; --markdown gibt die Übersicht aller Befehle aus, wie die README sie zeigt.</translation>
    </message>
    <message>
        <source>Print every command&apos;s synopsis as Markdown (for the README).</source>
        <translation>Die Übersicht aller Befehle als Markdown ausgeben (für die README).</translation>
    </message>
    <message>
        <source>Who does it (recorded in the journal); in a review, a person of the campaign&apos;s snapshot (key, login, mail or unique full name).</source>
        <translation>Wer es tut (im Journal festgehalten); in einer Überprüfung eine Person des Snapshots der Kampagne (Schlüssel, Anmeldename, E-Mail oder eindeutiger vollständiger Name).</translation>
    </message>
    <message>
        <source>Resolve directory changes whose outcome was never recorded</source>
        <translation>Verzeichnisänderungen klären, deren Ergebnis nie festgehalten wurde</translation>
    </message>
    <message>
        <source>For every directory change whose intent was recorded and whose outcome never was (a crash or a full disk in between), reads the target through the connection given and records what happened: applied, not applied, or for a password reset unknown (a password cannot be read back: reset it again). Exit status 0 only when no intent is left open.</source>
        <translation>Liest für jede Verzeichnisänderung, deren Absicht festgehalten wurde, deren Ergebnis aber nie (ein Absturz oder eine volle Platte dazwischen), das Ziel über die angegebene Verbindung und hält fest, was geschah: ausgeführt, nicht ausgeführt oder bei einem Kennwort-Reset unbekannt (ein Kennwort lässt sich nicht zurücklesen: erneut zurücksetzen). Exit-Status 0 nur, wenn keine Absicht offen bleibt.</translation>
    </message>
    <message>
        <source>Who runs the campaign and signs it off. A person of the snapshot: identity key, login, mail, or a full name only one person has.</source>
        <translation>Wer die Kampagne leitet und abzeichnet. Eine Person des Snapshots: Identitätsschlüssel, Anmeldename, E-Mail oder ein vollständiger Name, den nur eine Person trägt.</translation>
    </message>
    <message>
        <source>Reviews items nobody else can. A person of the snapshot: identity key, login, mail, or a full name only one person has.</source>
        <translation>Prüft Einträge, die sonst niemand prüfen kann. Eine Person des Snapshots: Identitätsschlüssel, Anmeldename, E-Mail oder ein vollständiger Name, den nur eine Person trägt.</translation>
    </message>
    <message>
        <source>A reviewer for the named rule. A person of the snapshot: identity key, login, mail, or a full name only one person has.</source>
        <translation>Ein Prüfer für die Regel „benannt“. Eine Person des Snapshots: Identitätsschlüssel, Anmeldename, E-Mail oder ein vollständiger Name, den nur eine Person trägt.</translation>
    </message>
    <message>
        <source>Every undecided item of this reviewer. A person of the snapshot: identity key, login, mail, or a full name only one person has.</source>
        <translation>Jeder unentschiedene Eintrag dieses Prüfers. Eine Person des Snapshots: Identitätsschlüssel, Anmeldename, E-Mail oder ein vollständiger Name, den nur eine Person trägt.</translation>
    </message>
    <message>
        <source>The new reviewer. A person of the snapshot: identity key, login, mail, or a full name only one person has.</source>
        <translation>Der neue Prüfer. Eine Person des Snapshots: Identitätsschlüssel, Anmeldename, E-Mail oder ein vollständiger Name, den nur eine Person trägt.</translation>
    </message>
    <message>
        <source>Print the remediation plan, before or after the close</source>
        <translation>Den Behebungsplan ausgeben, vor oder nach dem Abschluss</translation>
    </message>
    <message>
        <source>One record per change and per conflict: the membership removed, the items it serves, what else it takes away, and each conflict (a revoke that would take access approved in the campaign) with both decisions and its resolution. For an open campaign the no-response policy is applied as the close would (nothing is written).</source>
        <translation>Ein Datensatz je Änderung und je Konflikt: die entfernte Mitgliedschaft, die Einträge, denen sie dient, was sie sonst noch entzieht, und jeder Konflikt (ein Entzug, der in der Kampagne genehmigten Zugriff nähme) mit beiden Entscheidungen und seiner Auflösung. Bei einer offenen Kampagne wird die Regel für fehlende Antworten angewandt wie beim Abschluss (nichts wird geschrieben).</translation>
    </message>
    <message>
        <source>csv (default) or json.</source>
        <translation>csv (Standard) oder json.</translation>
    </message>
    <message>
        <source>The owner resolves a conflict between a revoke and approved access</source>
        <translation>Der Verantwortliche löst einen Konflikt zwischen einem Entzug und genehmigtem Zugriff</translation>
    </message>
    <message>
        <source>--keep leaves the approved access (the revoke stays for a person), --revoke removes it anyway. Recorded and journaled; before the close, or after it until the item is remediated.</source>
        <translation>--keep lässt den genehmigten Zugriff bestehen (der Entzug bleibt für einen Menschen), --revoke entfernt ihn trotzdem. Festgehalten und im Journal; vor dem Abschluss oder danach, bis der Eintrag behoben ist.</translation>
    </message>
    <message>
        <source>The revoked item in conflict (from 1).</source>
        <translation>Der entzogene Eintrag im Konflikt (ab 1).</translation>
    </message>
    <message>
        <source>Keep the approved access; the revoke is left for a person.</source>
        <translation>Genehmigten Zugriff behalten; der Entzug bleibt für einen Menschen.</translation>
    </message>
    <message>
        <source>Revoke anyway; the approved access goes with it.</source>
        <translation>Trotzdem entziehen; der genehmigte Zugriff geht mit.</translation>
    </message>
    <message>
        <source>List the findings accepted as exceptions, with their expiry</source>
        <translation>Die als Ausnahmen akzeptierten Befunde mit ihrem Ablauf auflisten</translation>
    </message>
    <message>
        <source>Every exception stored in the workspace, expired ones too (active is false): source, measure, subject (a grant as ACCOUNT -&gt; ENTITLEMENT), what it is called, reason, approver, expiry, who accepted it and when.</source>
        <translation>Jede im Arbeitsbereich gespeicherte Ausnahme, auch abgelaufene (active ist false): Quelle, Kennzahl, Gegenstand (eine Zuweisung als KONTO -&gt; BERECHTIGUNG), seine Bezeichnung, Begründung, genehmigende Person, Ablauf, wer sie wann akzeptiert hat.</translation>
    </message>
    <message>
        <source>Accept findings of a measure as exceptions until a date (journaled)</source>
        <translation>Befunde einer Kennzahl bis zu einem Datum als Ausnahmen akzeptieren (im Journal)</translation>
    </message>
    <message>
        <source>The findings are those of the measured snapshot, named as attest metrics --format json lists them (a grant as ACCOUNT -&gt; ENTITLEMENT). Reason, approver and an expiry in the future are required, as in the dashboard; an accepted finding leaves the counts until the end of its expiry day (UTC).</source>
        <translation>Die Befunde sind die des gemessenen Snapshots, benannt, wie attest metrics --format json sie auflistet (eine Zuweisung als KONTO -&gt; BERECHTIGUNG). Begründung, genehmigende Person und ein Ablauf in der Zukunft sind nötig, wie im Dashboard; ein akzeptierter Befund zählt bis zum Ende seines Ablauftags (UTC) nicht mit.</translation>
    </message>
    <message>
        <source>The snapshot measured (default: the newest).</source>
        <translation>Der gemessene Snapshot (Standard: der neueste).</translation>
    </message>
    <message>
        <source>The measure, e.g. stale.accounts.</source>
        <translation>Die Kennzahl, z. B. stale.accounts.</translation>
    </message>
    <message>
        <source>A finding of the measure (repeat for several).</source>
        <translation>Ein Befund der Kennzahl (für mehrere wiederholen).</translation>
    </message>
    <message>
        <source>Who approved it: a person of the snapshot (key, login, mail or unique full name).</source>
        <translation>Wer es genehmigt hat: eine Person des Snapshots (Schlüssel, Anmeldename, E-Mail oder eindeutiger vollständiger Name).</translation>
    </message>
    <message>
        <source>The last day it holds, YYYY-MM-DD.</source>
        <translation>Der letzte Tag, an dem sie gilt, JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>Withdraw an exception: the finding counts again (journaled)</source>
        <translation>Eine Ausnahme zurückziehen: Der Befund zählt wieder (im Journal)</translation>
    </message>
    <message>
        <source>The exception&apos;s source (see attest exception list).</source>
        <translation>Die Quelle der Ausnahme (siehe attest exception list).</translation>
    </message>
    <message>
        <source>The exception&apos;s measure.</source>
        <translation>Die Kennzahl der Ausnahme.</translation>
    </message>
    <message>
        <source>The exception&apos;s subject, as listed.</source>
        <translation>Der Gegenstand der Ausnahme, wie aufgelistet.</translation>
    </message>
    <message>
        <source>Print the separation-of-duties policy</source>
        <translation>Die Richtlinie zur Funktionstrennung ausgeben</translation>
    </message>
    <message>
        <source>csv: one line per rule; json: the policy as attest sod set --file reads it.</source>
        <translation>csv: eine Zeile je Regel; json: die Richtlinie, wie attest sod set --file sie liest.</translation>
    </message>
    <message>
        <source>Replace the separation-of-duties policy with a JSON file (journaled)</source>
        <translation>Die Richtlinie zur Funktionstrennung durch eine JSON-Datei ersetzen (im Journal)</translation>
    </message>
    <message>
        <source>The file is {&quot;rules&quot;: [{&quot;name&quot;: …, &quot;description&quot;: …, &quot;entitlements&quot;: [KEY|DN|NAME, …]}, …]}. Every rule needs a unique name and two different entitlements; a policy with any rule wrong is refused, naming the rule, and nothing changes.</source>
        <translation>Die Datei ist {&quot;rules&quot;: [{&quot;name&quot;: …, &quot;description&quot;: …, &quot;entitlements&quot;: [SCHLÜSSEL|DN|NAME, …]}, …]}. Jede Regel braucht einen eindeutigen Namen und zwei verschiedene Berechtigungen; eine Richtlinie mit einer fehlerhaften Regel wird abgelehnt, die Regel wird genannt, und nichts ändert sich.</translation>
    </message>
    <message>
        <source>The policy (JSON).</source>
        <translation>Die Richtlinie (JSON).</translation>
    </message>
    <message>
        <source>Show an account as the directory has it now (JSON)</source>
        <translation>Ein Konto so zeigen, wie das Verzeichnis es jetzt führt (JSON)</translation>
    </message>
    <message>
        <source>Reads the account from the directory, not from a snapshot: status, lockout, failed logons, password age and flags, last logon, as the help desk&apos;s card shows them. Nothing is changed or journaled.</source>
        <translation>Liest das Konto aus dem Verzeichnis, nicht aus einem Snapshot: Status, Sperre, fehlgeschlagene Anmeldungen, Passwortalter und -kennzeichen, letzte Anmeldung, wie die Karte des Helpdesks sie zeigt. Nichts wird geändert oder protokolliert.</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>the server cannot check a change without making it (no No-Op control); changes are tried and their errors shown</source>
        <translation>der Server kann eine Änderung nicht prüfen, ohne sie vorzunehmen (kein No-Op-Control); Änderungen werden versucht und ihre Fehler angezeigt</translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation>Erreichbar</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Bind</source>
        <translation>Bind</translation>
    </message>
    <message>
        <source>Base DN</source>
        <translation>Basis-DN</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attribute</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>Rechte</translation>
    </message>
    <message>
        <source>not tried: an earlier step failed</source>
        <translation>nicht versucht: Ein früherer Schritt ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>no account under the base to check on</source>
        <translation>kein Konto unterhalb der Basis zum Prüfen</translation>
    </message>
    <message>
        <source>no group under the base to check on</source>
        <translation>keine Gruppe unterhalb der Basis zum Prüfen</translation>
    </message>
    <message>
        <source>cn=accesslog shows no entries</source>
        <translation>cn=accesslog zeigt keine Einträge</translation>
    </message>
    <message>
        <source>%1 answered</source>
        <translation>%1 hat geantwortet</translation>
    </message>
    <message>
        <source>LDAPS: the TLS handshake completed</source>
        <translation>LDAPS: Der TLS-Handshake wurde abgeschlossen</translation>
    </message>
    <message>
        <source>StartTLS accepted and the TLS handshake completed</source>
        <translation>StartTLS akzeptiert und der TLS-Handshake wurde abgeschlossen</translation>
    </message>
    <message>
        <source>trusted: %1, issued by %2, valid until %3</source>
        <translation>vertrauenswürdig: %1, ausgestellt von %2, gültig bis %3</translation>
    </message>
    <message>
        <source>does not verify (%1) but is the certificate you trusted for this connection (SHA-256 %2)</source>
        <translation>nicht verifizierbar (%1), aber es ist das Zertifikat, dem Sie für diese Verbindung vertraut haben (SHA-256 %2)</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>keine Verbindung zu %1 möglich: %2</translation>
    </message>
    <message>
        <source>none: everything, the password included, crosses the network unencrypted (plaintext was allowed for this connection)</source>
        <translation>keine: Alles, einschließlich des Kennworts, geht unverschlüsselt über das Netzwerk (Klartext wurde für diese Verbindung zugelassen)</translation>
    </message>
    <message>
        <source>none: a password is never sent over plain ldap:// unless plaintext is allowed for this connection; use ldaps:// or StartTLS</source>
        <translation>keine: Über einfaches ldap:// wird nie ein Kennwort gesendet, außer Klartext ist für diese Verbindung zugelassen; verwenden Sie ldaps:// oder StartTLS</translation>
    </message>
    <message>
        <source>anonymous bind accepted</source>
        <translation>anonymer Bind akzeptiert</translation>
    </message>
    <message>
        <source>bound as %1</source>
        <translation>gebunden als %1</translation>
    </message>
    <message>
        <source>%1 found</source>
        <translation>%1 gefunden</translation>
    </message>
    <message>
        <source>about %L1 entries under the base</source>
        <translation>etwa %L1 Einträge unterhalb der Basis</translation>
    </message>
    <message>
        <source>the schema does not define %1: correct the mapping</source>
        <translation>das Schema definiert %1 nicht: Korrigieren Sie die Zuordnung</translation>
    </message>
    <message>
        <source>the schema defines every attribute read (defaults)</source>
        <translation>das Schema definiert jedes gelesene Attribut (Standardwerte)</translation>
    </message>
    <message>
        <source>the schema defines every mapped attribute</source>
        <translation>das Schema definiert jedes zugeordnete Attribut</translation>
    </message>
    <message>
        <source>the schema is not readable, so the mapping is not checked: %1</source>
        <translation>das Schema ist nicht lesbar, daher wird die Zuordnung nicht geprüft: %1</translation>
    </message>
    <message>
        <source>may change group members</source>
        <translation>darf Gruppenmitglieder ändern</translation>
    </message>
    <message>
        <source>may not change group members</source>
        <translation>darf Gruppenmitglieder nicht ändern</translation>
    </message>
    <message>
        <source>group changes not checked</source>
        <translation>Gruppenänderungen nicht geprüft</translation>
    </message>
    <message>
        <source>may disable, enable and unlock accounts</source>
        <translation>darf Konten deaktivieren, aktivieren und entsperren</translation>
    </message>
    <message>
        <source>may not disable, enable or unlock accounts</source>
        <translation>darf Konten nicht deaktivieren, aktivieren oder entsperren</translation>
    </message>
    <message>
        <source>account changes not checked</source>
        <translation>Kontoänderungen nicht geprüft</translation>
    </message>
    <message>
        <source>may reset passwords</source>
        <translation>darf Kennwörter zurücksetzen</translation>
    </message>
    <message>
        <source>may not reset passwords</source>
        <translation>darf Kennwörter nicht zurücksetzen</translation>
    </message>
    <message>
        <source>password resets not checked</source>
        <translation>Kennwortrücksetzungen nicht geprüft</translation>
    </message>
    <message>
        <source>may read the audit log</source>
        <translation>darf das Prüfprotokoll lesen</translation>
    </message>
    <message>
        <source>may not read the audit log</source>
        <translation>darf das Prüfprotokoll nicht lesen</translation>
    </message>
    <message>
        <source>audit log not checked</source>
        <translation>Prüfprotokoll nicht geprüft</translation>
    </message>
</context>
<context>
    <name>ConnectionsDialog</name>
    <message>
        <source>not tested yet</source>
        <translation>noch nicht getestet</translation>
    </message>
    <message>
        <source>group members</source>
        <translation>Gruppenmitglieder</translation>
    </message>
    <message>
        <source>disable/unlock</source>
        <translation>deaktivieren/entsperren</translation>
    </message>
    <message>
        <source>password resets</source>
        <translation>Kennwortrücksetzungen</translation>
    </message>
    <message>
        <source>read only</source>
        <translation>nur lesen</translation>
    </message>
    <message>
        <source>may change %1</source>
        <translation>darf %1 ändern</translation>
    </message>
    <message>
        <source>; reads the audit log</source>
        <translation>; liest das Prüfprotokoll</translation>
    </message>
    <message>
        <source>PLAINTEXT (allowed)</source>
        <translation>KLARTEXT (zugelassen)</translation>
    </message>
    <message>
        <source>, trusted certificate %1…</source>
        <translation>, vertrauenswürdiges Zertifikat %1…</translation>
    </message>
</context>
<context>
    <name>Connector</name>
    <message>
        <source>%1 cannot %2</source>
        <translation>%1 kann nicht %2</translation>
    </message>
    <message>
        <source>%1 cannot %2: %3</source>
        <translation>%1 kann nicht %2: %3</translation>
    </message>
    <message>
        <source>be read</source>
        <translation>gelesen werden</translation>
    </message>
    <message>
        <source>read access back</source>
        <translation>Zugriffe erneut lesen</translation>
    </message>
    <message>
        <source>read group members</source>
        <translation>Gruppenmitglieder lesen</translation>
    </message>
    <message>
        <source>be tested</source>
        <translation>getestet werden</translation>
    </message>
    <message>
        <source>read back interrupted changes</source>
        <translation>unterbrochene Änderungen zurücklesen</translation>
    </message>
    <message>
        <source>read an account</source>
        <translation>ein Konto lesen</translation>
    </message>
</context>
<context>
    <name>ConnectorRegistry</name>
    <message>
        <source>the connection settings of %1 cannot be read: %2</source>
        <translation>die Verbindungseinstellungen von %1 können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the source %1 is of the kind &quot;%2&quot;, which this version of Attest cannot connect to</source>
        <translation>die Quelle %1 ist von der Art „%2“, mit der sich diese Version von Attest nicht verbinden kann</translation>
    </message>
    <message>
        <source>%1 has no saved connection to its directory</source>
        <translation>%1 hat keine gespeicherte Verbindung zu seinem Verzeichnis</translation>
    </message>
    <message>
        <source>Attest cannot change sources of the kind &quot;%1&quot;</source>
        <translation>Attest kann Quellen der Art „%1“ nicht ändern</translation>
    </message>
</context>
<context>
    <name>DemoConnector</name>
    <message>
        <source>the account is gone</source>
        <translation>das Konto ist nicht mehr vorhanden</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>gesperrt</translation>
    </message>
    <message>
        <source>not locked</source>
        <translation>nicht gesperrt</translation>
    </message>
    <message>
        <source>password changed, must change at next logon</source>
        <translation>Passwort geändert, muss bei der nächsten Anmeldung geändert werden</translation>
    </message>
    <message>
        <source>password changed</source>
        <translation>Passwort geändert</translation>
    </message>
    <message>
        <source>a member of the group</source>
        <translation>Mitglied der Gruppe</translation>
    </message>
    <message>
        <source>not a member of the group</source>
        <translation>kein Mitglied der Gruppe</translation>
    </message>
    <message>
        <source>the demo organisation lives in a workspace; none is open</source>
        <translation>die Demo-Organisation liegt in einem Arbeitsbereich; keiner ist geöffnet</translation>
    </message>
    <message>
        <source>%1 has no snapshot to change</source>
        <translation>%1 hat keinen Snapshot, der geändert werden kann</translation>
    </message>
    <message>
        <source>%1 has no account &quot;%2&quot;</source>
        <translation>%1 hat kein Konto „%2“</translation>
    </message>
    <message>
        <source>Not changed: %1. No workspace is open.</source>
        <translation>Nicht geändert: %1. Kein Arbeitsbereich ist geöffnet.</translation>
    </message>
    <message>
        <source>Not changed: %1. %2</source>
        <translation>Nicht geändert: %1. %2</translation>
    </message>
    <message>
        <source>Not changed: %1. %2 has no such account.</source>
        <translation>Nicht geändert: %1. %2 hat kein solches Konto.</translation>
    </message>
    <message>
        <source>Not changed: %1. %2 has no such group.</source>
        <translation>Nicht geändert: %1. %2 hat keine solche Gruppe.</translation>
    </message>
    <message>
        <source>after %1</source>
        <translation>nach %1</translation>
    </message>
    <message>
        <source>read back from snapshot %1: %2</source>
        <translation>aus Snapshot %1 zurückgelesen: %2</translation>
    </message>
    <message>
        <source>Done and verified: %1 (demo snapshot %2).</source>
        <translation>Erledigt und überprüft: %1 (Demo-Snapshot %2).</translation>
    </message>
    <message>
        <source>Done but NOT verified: %1 (%2).</source>
        <translation>Erledigt, aber NICHT überprüft: %1 (%2).</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The number of identities must be between 1 and 1,000,000; %1 is not.</source>
        <translation>Die Anzahl der Identitäten muss zwischen 1 und 1.000.000 liegen; %1 liegt nicht darin.</translation>
    </message>
    <message>
        <source>The base DN of the demo organisation is empty.</source>
        <translation>Der Basis-DN der Demo-Organisation ist leer.</translation>
    </message>
    <message>
        <source>The base DN &quot;%1&quot; is not a distinguished name such as dc=example,dc=com.</source>
        <translation>Der Basis-DN „%1“ ist kein Distinguished Name wie dc=example,dc=com.</translation>
    </message>
    <message>
        <source>The date of the newest snapshot must be after 1971.</source>
        <translation>Das Datum des neuesten Snapshots muss nach 1971 liegen.</translation>
    </message>
    <message>
        <source>Generating the demo organisation was cancelled.</source>
        <translation>Das Erzeugen der Demo-Organisation wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Generating people</source>
        <translation>Personen werden erzeugt</translation>
    </message>
    <message>
        <source>Generating accounts</source>
        <translation>Konten werden erzeugt</translation>
    </message>
    <message>
        <source>Generating groups and roles</source>
        <translation>Gruppen und Rollen werden erzeugt</translation>
    </message>
    <message>
        <source>Generating snapshots</source>
        <translation>Snapshots werden erzeugt</translation>
    </message>
    <message>
        <source>Generating audit events</source>
        <translation>Prüfereignisse werden erzeugt</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>DemoWorkspace</name>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 existiert bereits.</translation>
    </message>
    <message>
        <source>%1 could not be completed: its write-ahead log was not written into it</source>
        <translation>%1 konnte nicht fertiggestellt werden: das Write-Ahead-Log wurde nicht in die Datei übernommen</translation>
    </message>
    <message>
        <source>%1 cannot be created: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>it exists now</source>
        <translation>die Datei existiert inzwischen</translation>
    </message>
    <message>
        <source>the file could not be moved into place</source>
        <translation>die Datei konnte nicht an ihren Platz verschoben werden</translation>
    </message>
</context>
<context>
    <name>DirectoryChange</name>
    <message>
        <source>Add %1 to the group %2</source>
        <translation>%1 zur Gruppe %2 hinzufügen</translation>
    </message>
    <message>
        <source>Remove %1 from the group %2</source>
        <translation>%1 aus der Gruppe %2 entfernen</translation>
    </message>
    <message>
        <source>Disable %1 (it can no longer log on)</source>
        <translation>%1 deaktivieren (keine Anmeldung mehr möglich)</translation>
    </message>
    <message>
        <source>Enable %1</source>
        <translation>%1 aktivieren</translation>
    </message>
    <message>
        <source>Unlock %1 (clear the lockout after failed logons)</source>
        <translation>%1 entsperren (Sperre nach fehlgeschlagenen Anmeldungen aufheben)</translation>
    </message>
    <message>
        <source>Reset the password of %1; it must be changed at the next logon</source>
        <translation>Kennwort von %1 zurücksetzen; es muss bei der nächsten Anmeldung geändert werden</translation>
    </message>
    <message>
        <source>Reset the password of %1</source>
        <translation>Kennwort von %1 zurücksetzen</translation>
    </message>
    <message>
        <source>%1 does not exist or cannot be read: %2</source>
        <translation>%1 existiert nicht oder kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the group %1 does not exist or cannot be read: %2</source>
        <translation>die Gruppe %1 existiert nicht oder kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 was already a member of %2; nothing changed</source>
        <translation>%1 war bereits Mitglied von %2; nichts geändert</translation>
    </message>
    <message>
        <source>%1 was not a member of %2; nothing changed</source>
        <translation>%1 war kein Mitglied von %2; nichts geändert</translation>
    </message>
    <message>
        <source>member present</source>
        <translation>Mitglied vorhanden</translation>
    </message>
    <message>
        <source>member absent</source>
        <translation>Mitglied nicht vorhanden</translation>
    </message>
    <message>
        <source>the change was made, but reading %1 back failed: %2</source>
        <translation>die Änderung wurde vorgenommen, aber das erneute Lesen von %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>the group does not show the change</source>
        <translation>die Gruppe zeigt die Änderung nicht</translation>
    </message>
    <message>
        <source>%1 is disabled, not locked: enable it instead if that is intended</source>
        <translation>%1 ist deaktiviert, nicht gesperrt: Aktivieren Sie das Konto stattdessen, falls das beabsichtigt ist</translation>
    </message>
    <message>
        <source>%1 was not locked; nothing changed</source>
        <translation>%1 war nicht gesperrt; nichts geändert</translation>
    </message>
    <message>
        <source>%1 was already enabled; nothing changed</source>
        <translation>%1 war bereits aktiviert; nichts geändert</translation>
    </message>
    <message>
        <source>no pwdAccountLockedTime</source>
        <translation>kein pwdAccountLockedTime</translation>
    </message>
    <message>
        <source>no new password was given</source>
        <translation>es wurde kein neues Kennwort angegeben</translation>
    </message>
    <message>
        <source>the password was set, but requiring a change at the next logon failed: %1</source>
        <translation>das Kennwort wurde gesetzt, aber die Änderungspflicht bei der nächsten Anmeldung konnte nicht festgelegt werden: %1</translation>
    </message>
    <message>
        <source>pwdAccountLockedTime is 000001010000Z (disabled)</source>
        <translation>pwdAccountLockedTime ist 000001010000Z (deaktiviert)</translation>
    </message>
    <message>
        <source>the account does not show as disabled</source>
        <translation>das Konto erscheint nicht als deaktiviert</translation>
    </message>
    <message>
        <source>pwdAccountLockedTime is still set</source>
        <translation>pwdAccountLockedTime ist noch gesetzt</translation>
    </message>
    <message>
        <source>pwdReset is TRUE; pwdChangedTime %1</source>
        <translation>pwdReset ist TRUE; pwdChangedTime %1</translation>
    </message>
    <message>
        <source>pwdChangedTime %1</source>
        <translation>pwdChangedTime %1</translation>
    </message>
    <message>
        <source>Done and verified: %1</source>
        <translation>Ausgeführt und überprüft: %1</translation>
    </message>
    <message>
        <source>The server accepted the change but reading it back does not show it: %1</source>
        <translation>Der Server hat die Änderung angenommen, aber beim erneuten Lesen ist sie nicht zu sehen: %1</translation>
    </message>
</context>
<context>
    <name>DirectoryChanges</name>
    <message>
        <source>add members to groups</source>
        <translation>Gruppen Mitglieder hinzufügen</translation>
    </message>
    <message>
        <source>remove members from groups</source>
        <translation>Mitglieder aus Gruppen entfernen</translation>
    </message>
    <message>
        <source>disable accounts</source>
        <translation>Konten deaktivieren</translation>
    </message>
    <message>
        <source>enable accounts</source>
        <translation>Konten aktivieren</translation>
    </message>
    <message>
        <source>unlock accounts</source>
        <translation>Konten entsperren</translation>
    </message>
    <message>
        <source>reset passwords</source>
        <translation>Passwörter zurücksetzen</translation>
    </message>
    <message>
        <source>the workspace has no source %1</source>
        <translation>der Arbeitsbereich hat keine Quelle %1</translation>
    </message>
    <message>
        <source>no change was asked for</source>
        <translation>es wurde keine Änderung angefordert</translation>
    </message>
    <message>
        <source>nothing was changed: %1 cannot %2</source>
        <translation>nichts wurde geändert: %1 kann nicht %2</translation>
    </message>
    <message>
        <source>nothing was changed: %1 cannot %2: %3</source>
        <translation>nichts wurde geändert: %1 kann nicht %2: %3</translation>
    </message>
    <message>
        <source>nothing was changed: %1 names no account</source>
        <translation>nichts wurde geändert: %1 nennt kein Konto</translation>
    </message>
    <message>
        <source>nothing was changed: cannot record changes in this workspace&apos;s journal: %1</source>
        <translation>nichts wurde geändert: Änderungen können nicht im Journal dieses Arbeitsbereichs festgehalten werden: %1</translation>
    </message>
    <message>
        <source>; recording it in the journal failed: %1</source>
        <translation>; das Festhalten im Journal ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>vor %1 Tagen</translation>
    </message>
    <message>
        <source>%1 months ago</source>
        <translation>vor %1 Monaten</translation>
    </message>
    <message>
        <source>%1 years ago</source>
        <translation>vor %1 Jahren</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>On leave</source>
        <translation>Abwesend</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Ausgeschieden</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Direkt</translation>
    </message>
    <message>
        <source>via %1</source>
        <translation>über %1</translation>
    </message>
    <message>
        <source>%L1%</source>
        <extracomment>A percentage; %L1 is the number in the locale&apos;s digits (German: &quot;%L1 %&quot;).</extracomment>
        <translation>%L1&#xa0;%</translation>
    </message>
</context>
<context>
    <name>Ed25519Key</name>
    <message>
        <source>could not generate an Ed25519 key</source>
        <translation>es konnte kein Ed25519-Schlüssel erzeugt werden</translation>
    </message>
    <message>
        <source>cannot read the journal key %1: %2</source>
        <translation>der Journalschlüssel %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not an Ed25519 private key</source>
        <translation>%1 ist kein privater Ed25519-Schlüssel</translation>
    </message>
    <message>
        <source>could not encode the journal key</source>
        <translation>der Journalschlüssel konnte nicht kodiert werden</translation>
    </message>
    <message>
        <source>cannot write the journal key %1: %2</source>
        <translation>der Journalschlüssel %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>could not sign the journal record</source>
        <translation>der Journaldatensatz konnte nicht signiert werden</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the evidence cannot be signed: %1</source>
        <translation>die Nachweise können nicht signiert werden: %1</translation>
    </message>
    <message>
        <source>%1 is not empty: give a new folder for the evidence pack</source>
        <translation>%1 ist nicht leer: Geben Sie einen neuen Ordner für das Nachweispaket an</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Access review &quot;%1&quot; — evidence, signed off by %2</source>
        <translation>Zugriffsüberprüfung „%1“ — Nachweise, abgezeichnet von %2</translation>
    </message>
    <message>
        <source>UNSIGNED — access review &quot;%1&quot; has not been signed off by its owner</source>
        <translation>NICHT ABGEZEICHNET — Zugriffsüberprüfung „%1“ wurde von ihrem Verantwortlichen nicht abgezeichnet</translation>
    </message>
    <message>
        <source>Access review: %1</source>
        <translation>Zugriffsüberprüfung: %1</translation>
    </message>
    <message>
        <source>Owner: %1. Campaign %2, created %3, closed %4.</source>
        <translation>Verantwortlich: %1. Kampagne %2, angelegt %3, geschlossen %4.</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>Period %1 to %2; due %3. Source %4, snapshot %5.</source>
        <translation>Zeitraum %1 bis %2; fällig %3. Quelle %4, Snapshot %5.</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Grundgesamtheit</translation>
    </message>
    <message>
        <source>%1 items (one per account and entitlement, effective grants included); SHA-256 %2.</source>
        <translation>%1 Einträge (einer pro Konto und Berechtigung, effektive Zuweisungen eingeschlossen); SHA-256 %2.</translation>
    </message>
    <message>
        <source>Reconciliation: %1 grants in scope = %2 items + %3 excluded: %4.</source>
        <translation>Abgleich: %1 Zuweisungen im Umfang = %2 Einträge + %3 ausgenommen: %4.</translation>
    </message>
    <message>
        <source>balanced</source>
        <translation>stimmt</translation>
    </message>
    <message>
        <source>NOT BALANCED</source>
        <translation>STIMMT NICHT</translation>
    </message>
    <message>
        <source>  excluded: %1</source>
        <translation>  ausgenommen: %1</translation>
    </message>
    <message>
        <source>  … and %1 more exclusions (see campaign.json)</source>
        <translation>  … und %1 weitere Ausnahmen (siehe campaign.json)</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>Decisions per reviewer</source>
        <translation>Entscheidungen pro Prüfer</translation>
    </message>
    <message>
        <source>Revocations and their verification</source>
        <translation>Widerrufe und ihre Überprüfung</translation>
    </message>
    <message>
        <source>No revocations.</source>
        <translation>Keine Widerrufe.</translation>
    </message>
    <message>
        <source>%1: %2 items</source>
        <translation>%1: %2 Einträge</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>Self-review: no item was reviewed by the person whose access it is.</source>
        <translation>Selbstüberprüfung: Kein Eintrag wurde von der Person überprüft, deren Zugriff es ist.</translation>
    </message>
    <message>
        <source>Self-review: %1 items were reviewed by their own holder.</source>
        <translation>Selbstüberprüfung: %1 Einträge wurden von ihrem eigenen Inhaber überprüft.</translation>
    </message>
    <message>
        <source>Timeliness: every decision was made by the due date.</source>
        <translation>Fristeinhaltung: Jede Entscheidung wurde bis zum Fälligkeitsdatum getroffen.</translation>
    </message>
    <message>
        <source>Timeliness: %1 decisions were made after the due date.</source>
        <translation>Fristeinhaltung: %1 Entscheidungen wurden nach dem Fälligkeitsdatum getroffen.</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Abzeichnung</translation>
    </message>
    <message>
        <source>Signed off by %1 on %2: &quot;%3&quot;</source>
        <translation>Abgezeichnet von %1 am %2: „%3“</translation>
    </message>
    <message>
        <source>NOT SIGNED OFF. This pack is not final.</source>
        <translation>NICHT ABGEZEICHNET. Dieses Paket ist nicht endgültig.</translation>
    </message>
    <message>
        <source>%1 has no manifest.json and manifest.sig: it is not an evidence pack</source>
        <translation>%1 hat keine manifest.json und manifest.sig: Es ist kein Nachweispaket</translation>
    </message>
    <message>
        <source>manifest.json: the signature does not match (the manifest was changed)</source>
        <translation>manifest.json: Die Signatur stimmt nicht überein (das Manifest wurde geändert)</translation>
    </message>
    <message>
        <source>%1: missing</source>
        <translation>%1: fehlt</translation>
    </message>
    <message>
        <source>%1: changed (its SHA-256 is not the one in the manifest)</source>
        <translation>%1: geändert (sein SHA-256 ist nicht der im Manifest)</translation>
    </message>
    <message>
        <source>%1: not part of the pack (added afterwards)</source>
        <translation>%1: nicht Teil des Pakets (nachträglich hinzugefügt)</translation>
    </message>
    <message>
        <source>no evidence was written for campaign %1: %2</source>
        <translation>für Kampagne %1 wurden keine Nachweise geschrieben: %2</translation>
    </message>
    <message>
        <source>%1 items: %2 decided by their reviewers (%3 of them by delegates), %4 by the owner on a reviewer&apos;s behalf, %5 by the no-response policy (%6)%7; %8 revoked.</source>
        <translation>%1 Einträge: %2 von ihren Prüfern entschieden (%3 davon durch Vertretungen), %4 vom Verantwortlichen im Namen eines Prüfers, %5 durch die Regel für fehlende Antworten (%6)%7; %8 widerrufen.</translation>
    </message>
    <message>
        <source>, %1 recorded before Attest kept capacities</source>
        <translation>, %1 erfasst, bevor Attest festhielt, in welcher Eigenschaft entschieden wurde</translation>
    </message>
    <message>
        <source>%1 items not decided (%2 answered &quot;don&apos;t know&quot;).</source>
        <translation>%1 Einträge nicht entschieden (%2 mit „Weiß nicht“ beantwortet).</translation>
    </message>
    <message>
        <source>%1: %2 of %3 decided by them, %4 revoked%5%6</source>
        <translation>%1: %2 von %3 selbst entschieden, %4 widerrufen%5%6</translation>
    </message>
    <message>
        <source>; %1 decided by the owner for them</source>
        <translation>; %1 vom Verantwortlichen stellvertretend entschieden</translation>
    </message>
    <message>
        <source> — WARNING: approved (nearly) everything at a few seconds per item</source>
        <translation> — WARNUNG: (fast) alles genehmigt, mit wenigen Sekunden pro Eintrag</translation>
    </message>
    <message>
        <source>the key given (%1)</source>
        <translation>der angegebene Schlüssel (%1)</translation>
    </message>
    <message>
        <source>the pack is signed by key %1, not by the key given</source>
        <translation>das Paket ist mit Schlüssel %1 signiert, nicht mit dem angegebenen Schlüssel</translation>
    </message>
    <message>
        <source>the workspace&apos;s journal key held in %1 (%2)</source>
        <translation>der Journalschlüssel des Arbeitsbereichs (Ablageort: %1; %2)</translation>
    </message>
    <message>
        <source>only the key the workspace records (%1): this computer holds no journal key for it</source>
        <translation>nur der Schlüssel, den der Arbeitsbereich verzeichnet (%1): Dieser Computer hält keinen Journalschlüssel dafür</translation>
    </message>
    <message>
        <source>the pack is signed by key %1, not by this workspace&apos;s journal key</source>
        <translation>das Paket ist mit Schlüssel %1 signiert, nicht mit dem Journalschlüssel dieses Arbeitsbereichs</translation>
    </message>
    <message>
        <source>no expected key: the pack is signed by key %1, but anyone can re-sign a pack with a key of their own; give the expected key (--key) or the workspace (--workspace)</source>
        <translation>kein erwarteter Schlüssel: Das Paket ist mit Schlüssel %1 signiert, aber jeder kann ein Paket mit einem eigenen Schlüssel neu signieren; geben Sie den erwarteten Schlüssel (--key) oder den Arbeitsbereich (--workspace) an</translation>
    </message>
    <message>
        <source>unresolved: the revoke is left for a person</source>
        <translation>ungelöst: der Widerruf bleibt einer Person überlassen</translation>
    </message>
    <message>
        <source>revoke anyway</source>
        <translation>trotzdem widerrufen</translation>
    </message>
    <message>
        <source>keep the approved access</source>
        <translation>den genehmigten Zugriff behalten</translation>
    </message>
    <message>
        <source>resolved by %1 on %2: %3 (&quot;%4&quot;)%5</source>
        <translation>gelöst von %1 am %2: %3 („%4“)%5</translation>
    </message>
    <message>
        <source>; no longer applies: a decision changed after it</source>
        <translation>; gilt nicht mehr: danach hat sich eine Entscheidung geändert</translation>
    </message>
    <message>
        <source>item %1 (%2)</source>
        <translation>Eintrag %1 (%2)</translation>
    </message>
    <message>
        <source>approved, but taken by the resolution of item %1: %2</source>
        <translation>genehmigt, aber durch die Lösung zu Eintrag %1 entzogen: %2</translation>
    </message>
    <message>
        <source>approved; in conflict with the revoke of item %1: %2</source>
        <translation>genehmigt; im Konflikt mit dem Widerruf von Eintrag %1: %2</translation>
    </message>
    <message>
        <source>revoking it would take %1: %2</source>
        <translation>sein Widerruf würde %1 entziehen: %2</translation>
    </message>
    <message>
        <source>Conflicts between revokes and approved access</source>
        <translation>Konflikte zwischen Widerrufen und genehmigtem Zugriff</translation>
    </message>
    <message>
        <source>No revoke takes access approved in this campaign.</source>
        <translation>Kein Widerruf entzieht Zugriff, der in dieser Kampagne genehmigt wurde.</translation>
    </message>
    <message>
        <source>%1 conflicts: %2 resolved &quot;keep the approved access&quot;, %3 resolved &quot;revoke anyway&quot;, %4 unresolved (left for a person).</source>
        <translation>%1 Konflikte: %2 gelöst mit „genehmigten Zugriff behalten“, %3 gelöst mit „trotzdem widerrufen“, %4 ungelöst (einer Person überlassen).</translation>
    </message>
    <message>
        <source>cannot compute the SHA-256 of %1</source>
        <translation>SHA-256 von %1 kann nicht berechnet werden</translation>
    </message>
    <message>
        <source>Each conflict names its items by number; who decided each, as what, when and why is that item&apos;s row in items.csv.</source>
        <translation>Jeder Konflikt nennt seine Elemente mit Nummer; wer jedes entschieden hat, in welcher Rolle, wann und warum, steht in der Zeile dieses Elements in items.csv.</translation>
    </message>
    <message>
        <source>%1: the revoke of item %2 (%3) would take %4; %5</source>
        <translation>%1: der Entzug von Element %2 (%3) würde %4 entziehen; %5</translation>
    </message>
    <message>
        <source>manifest.json: the pack has format %1, newer than this version of Attest reads (%2)</source>
        <translation>manifest.json: das Paket hat Format %1, neuer als diese Version von Attest liest (%2)</translation>
    </message>
    <message>
        <source>campaign.json: conflict %1 names %2, which is not an item of the population (1 to %3)</source>
        <translation>campaign.json: Konflikt %1 nennt %2, das kein Element der Grundgesamtheit ist (1 bis %3)</translation>
    </message>
</context>
<context>
    <name>HelpText</name>
    <message>
        <source>Getting Started with Attest</source>
        <translation>Erste Schritte mit Attest</translation>
    </message>
    <message>
        <source>What Attest does</source>
        <translation>Was Attest tut</translation>
    </message>
    <message>
        <source>Attest reads your directories into snapshots and shows who has access to what, why they have it and how that changed. It runs quarterly access reviews to a signed evidence pack, and makes every change (a revocation, a password reset) with a preview, a check afterwards and a tamper-evident journal entry.</source>
        <translation>Attest liest Ihre Verzeichnisse in Snapshots ein und zeigt, wer worauf Zugriff hat, warum und wie sich das verändert hat. Es führt vierteljährliche Zugriffsüberprüfungen bis zum signierten Nachweispaket durch und nimmt jede Änderung (einen Widerruf, ein Zurücksetzen des Kennworts) mit Vorschau, anschließender Prüfung und einem manipulationssicheren Journaleintrag vor.</translation>
    </message>
    <message>
        <source>When Attest starts for the first time it opens the demo organisation: made-up people in a fictional company. Nothing you do there touches a real directory.</source>
        <translation>Beim ersten Start öffnet Attest die Demo-Organisation: erfundene Personen in einem fiktiven Unternehmen. Nichts, was Sie dort tun, berührt ein echtes Verzeichnis.</translation>
    </message>
    <message>
        <source>The tabs</source>
        <translation>Die Registerkarten</translation>
    </message>
    <message>
        <source>Identities, Groups, Roles, Privileged accounts and Audit trail list what the snapshot holds. Type in the search box (Ctrl+F) to narrow a list; the panel on the right shows the selected object, with what it can reach and how.</source>
        <translation>Identitäten, Gruppen, Rollen, Privilegierte Konten und Prüfpfad listen auf, was der Snapshot enthält. Tippen Sie in das Suchfeld (Strg+F), um eine Liste einzugrenzen; der Bereich rechts zeigt das ausgewählte Objekt mit dem, was es erreicht, und auf welchem Weg.</translation>
    </message>
    <message>
        <source>Dashboard measures access sprawl and hygiene: privileged accounts, stale accounts, deep nesting, separation-of-duties conflicts, and the change since the snapshot before. Click a tile for the list behind its figure.</source>
        <translation>Das Dashboard misst Zugriffsausbreitung und Hygiene: privilegierte Konten, veraltete Konten, tiefe Verschachtelung, Konflikte der Funktionstrennung und die Veränderung seit dem vorigen Snapshot. Klicken Sie auf eine Kachel für die Liste hinter ihrer Zahl.</translation>
    </message>
    <message>
        <source>Access Paths draws every way an account reaches an entitlement, or who can reach it (Ctrl+Shift+P on a selected row).</source>
        <translation>Zugriffspfade zeichnet jeden Weg, auf dem ein Konto eine Berechtigung erreicht, oder wer sie erreichen kann (Strg+Umschalt+P auf einer ausgewählten Zeile).</translation>
    </message>
    <message>
        <source>Reviews runs access review campaigns: reviewers approve or revoke each grant, the owner closes the campaign, the revocations are made and verified, and the evidence pack is exported for the auditors.</source>
        <translation>Überprüfungen führt Kampagnen zur Zugriffsüberprüfung durch: Prüfer genehmigen oder widerrufen jede Zuweisung, der Verantwortliche schließt die Kampagne, die Widerrufe werden ausgeführt und geprüft, und das Nachweispaket wird für die Prüfer exportiert.</translation>
    </message>
    <message>
        <source>Help Desk finds an account (Ctrl+K) and resets its password, unlocks, enables or disables it, each with a confirmation and a journal entry.</source>
        <translation>Der Helpdesk findet ein Konto (Strg+K) und setzt sein Kennwort zurück, entsperrt, aktiviert oder deaktiviert es, jeweils mit Bestätigung und Journaleintrag.</translation>
    </message>
    <message>
        <source>Where to start</source>
        <translation>Wo Sie anfangen</translation>
    </message>
    <message>
        <source>1. Look at the Dashboard: the flagged tiles are where access has sprawled.</source>
        <translation>1. Sehen Sie sich das Dashboard an: Die markierten Kacheln zeigen, wo sich Zugriffe ausgebreitet haben.</translation>
    </message>
    <message>
        <source>2. Open a person from a list and read why they have what they have.</source>
        <translation>2. Öffnen Sie eine Person aus einer Liste und lesen Sie, warum sie hat, was sie hat.</translation>
    </message>
    <message>
        <source>3. Connect your own directory: Directory → Connections… (Ctrl+Shift+C), then Directory → Sync Now… (Ctrl+Shift+S). Each sync is a new snapshot.</source>
        <translation>3. Verbinden Sie Ihr eigenes Verzeichnis: Verzeichnis → Verbindungen… (Strg+Umschalt+C), dann Verzeichnis → Jetzt synchronisieren… (Strg+Umschalt+S). Jede Synchronisierung ist ein neuer Snapshot.</translation>
    </message>
    <message>
        <source>4. Start a review: Reviews → New Campaign… (Ctrl+Shift+N).</source>
        <translation>4. Starten Sie eine Überprüfung: Überprüfungen → Neue Kampagne… (Strg+Umschalt+N).</translation>
    </message>
    <message>
        <source>File → New Workspace… starts an empty workspace for your own organisation; Help → Keyboard Shortcuts lists every key.</source>
        <translation>Datei → Neuer Arbeitsbereich… legt einen leeren Arbeitsbereich für Ihre eigene Organisation an; Hilfe → Tastenkürzel listet jede Taste auf.</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Weitere</translation>
    </message>
</context>
<context>
    <name>Helpdesk</name>
    <message>
        <source>%1 is not an account</source>
        <translation>%1 ist kein Konto</translation>
    </message>
    <message>
        <source>no account with the login &quot;%1&quot; under %2</source>
        <translation>kein Konto mit dem Anmeldenamen „%1“ unter %2</translation>
    </message>
    <message>
        <source>more than one account has the login &quot;%1&quot;: give the DN</source>
        <translation>mehr als ein Konto hat den Anmeldenamen „%1“: Geben Sie den DN an</translation>
    </message>
</context>
<context>
    <name>HelpdeskView</name>
    <message>
        <source>Caller gave their employee number</source>
        <translation>Anrufer hat seine Personalnummer genannt</translation>
    </message>
    <message>
        <source>Caller answered a question only they can know</source>
        <translation>Anrufer hat eine Frage beantwortet, die nur er beantworten kann</translation>
    </message>
    <message>
        <source>Called back on the number in the directory</source>
        <translation>Unter der Nummer aus dem Verzeichnis zurückgerufen</translation>
    </message>
    <message>
        <source>Manager confirmed the request</source>
        <translation>Vorgesetzte Person hat die Anfrage bestätigt</translation>
    </message>
    <message>
        <source>1 failed logon</source>
        <translation>1 fehlgeschlagene Anmeldung</translation>
    </message>
    <message>
        <source>%1 failed logons</source>
        <translation>%1 fehlgeschlagene Anmeldungen</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>IntentCases</name>
    <message>
        <source>the workspace has no source %1</source>
        <translation>der Arbeitsbereich hat keine Quelle %1</translation>
    </message>
    <message>
        <source>%1 has no saved connection to its directory</source>
        <translation>%1 hat keine gespeicherte Verbindung zu seinem Verzeichnis</translation>
    </message>
    <message>
        <source>the connection settings of %1 cannot be read: %2</source>
        <translation>die Verbindungseinstellungen von %1 können nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>IntentResolution</name>
    <message>
        <source>already resolved</source>
        <translation>bereits geklärt</translation>
    </message>
    <message>
        <source>still open</source>
        <translation>noch offen</translation>
    </message>
    <message>
        <source>record %1: %2 on %3: %4 (%5)</source>
        <translation>Eintrag %1: %2 für %3: %4 (%5)</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>ausgeführt</translation>
    </message>
    <message>
        <source>not applied</source>
        <translation>nicht ausgeführt</translation>
    </message>
    <message>
        <source>unknown: the password may or may not have been changed; reset it again</source>
        <translation>unbekannt: Das Kennwort wurde möglicherweise geändert, möglicherweise nicht; setzen Sie es erneut zurück</translation>
    </message>
    <message>
        <source>record %1 is not the intent of a directory change</source>
        <translation>Eintrag %1 ist nicht die Absicht einer Verzeichnisänderung</translation>
    </message>
    <message>
        <source>a password cannot be read back from the directory</source>
        <translation>ein Kennwort lässt sich nicht aus dem Verzeichnis zurücklesen</translation>
    </message>
    <message>
        <source>the group %1 cannot be read: %2</source>
        <translation>die Gruppe %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is a member of %2</source>
        <translation>%1 ist Mitglied von %2</translation>
    </message>
    <message>
        <source>%1 is not a member of %2</source>
        <translation>%1 ist kein Mitglied von %2</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>no pwdAccountLockedTime</source>
        <translation>kein pwdAccountLockedTime</translation>
    </message>
    <message>
        <source>pwdAccountLockedTime is %1</source>
        <translation>pwdAccountLockedTime ist %1</translation>
    </message>
    <message>
        <source>recorded for the directory %1: connect to it to resolve this</source>
        <translation>für das Verzeichnis %1 verzeichnet: Verbinden Sie sich mit ihm, um dies zu klären</translation>
    </message>
    <message>
        <source>resolved by read-back at %1 by %2</source>
        <translation>durch Zurücklesen geklärt am %1 von %2</translation>
    </message>
    <message>
        <source>the journal cannot be read: %1</source>
        <translation>das Journal kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>a later record already names it</source>
        <translation>ein späterer Eintrag nennt sie bereits</translation>
    </message>
    <message>
        <source>the journal could not record it: %1</source>
        <translation>das Journal konnte es nicht verzeichnen: %1</translation>
    </message>
    <message>
        <source>the journal cannot record anything: %1</source>
        <translation>das Journal kann nichts verzeichnen: %1</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>cannot create the folder for journal keys: %1</source>
        <translation>der Ordner für Journalschlüssel kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <translation>%1 als %2</translation>
    </message>
    <message>
        <source>verified: %1</source>
        <translation>überprüft: %1</translation>
    </message>
    <message>
        <source>ticket %1</source>
        <translation>Ticket %1</translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation>Begründung: %1</translation>
    </message>
    <message>
        <source>the workspace records no journal key, so no signature can be checked</source>
        <translation>im Arbeitsbereich ist kein Journalschlüssel hinterlegt, daher kann keine Signatur geprüft werden</translation>
    </message>
    <message>
        <source>record %1 has sequence number %2 where %3 was expected: a record was deleted, inserted or moved</source>
        <translation>Datensatz %1 hat die Folgenummer %2, erwartet war %3: Ein Datensatz wurde gelöscht, eingefügt oder verschoben</translation>
    </message>
    <message>
        <source>record %1 was changed after it was written</source>
        <translation>Datensatz %1 wurde nach dem Schreiben geändert</translation>
    </message>
    <message>
        <source>record %1 does not follow the record before it: a record was deleted, inserted or reordered</source>
        <translation>Datensatz %1 schließt nicht an den vorherigen Datensatz an: Ein Datensatz wurde gelöscht, eingefügt oder umsortiert</translation>
    </message>
    <message>
        <source>record %1 is not signed by this workspace&apos;s journal key</source>
        <translation>Datensatz %1 ist nicht mit dem Journalschlüssel dieses Arbeitsbereichs signiert</translation>
    </message>
    <message>
        <source>the journal ends before record %1, the last one written: records were removed from its end</source>
        <translation>das Journal endet vor Datensatz %1, dem zuletzt geschriebenen: Am Ende wurden Datensätze entfernt</translation>
    </message>
    <message>
        <source>the keychain&apos;s journal key</source>
        <translation>der Journalschlüssel des Schlüsselbunds</translation>
    </message>
    <message>
        <source>this workspace&apos;s journal key is not on this computer (not in the keychain, nor at %1)</source>
        <translation>der Journalschlüssel dieses Arbeitsbereichs ist nicht auf diesem Computer (weder im Schlüsselbund noch unter %1)</translation>
    </message>
    <message>
        <source>unknown user</source>
        <translation>unbekannter Benutzer</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>the keychain</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <source>the journal key on this computer does not belong to this workspace (the workspace records another key)</source>
        <translation>der Journalschlüssel auf diesem Computer gehört nicht zu diesem Arbeitsbereich (der Arbeitsbereich verzeichnet einen anderen Schlüssel)</translation>
    </message>
    <message>
        <source>the key given (fingerprint %1)</source>
        <translation>der angegebene Schlüssel (Fingerabdruck %1)</translation>
    </message>
    <message>
        <source>this workspace&apos;s journal key held in %1 (fingerprint %2)</source>
        <translation>der Journalschlüssel dieses Arbeitsbereichs (Ablageort: %1; Fingerabdruck %2)</translation>
    </message>
    <message>
        <source>only the key the workspace itself records (fingerprint %1): this computer holds no journal key for it, so a journal re-signed with another key would pass; give the expected key to anchor the check</source>
        <translation>nur der Schlüssel, den der Arbeitsbereich selbst verzeichnet (Fingerabdruck %1): Dieser Computer hält keinen Journalschlüssel dafür, sodass ein mit einem anderen Schlüssel neu signiertes Journal die Prüfung bestehen würde; geben Sie den erwarteten Schlüssel an, um die Prüfung zu verankern</translation>
    </message>
    <message>
        <source>the journal key the workspace records (fingerprint %1) is not the expected key (fingerprint %2): it was replaced</source>
        <translation>der Journalschlüssel, den der Arbeitsbereich verzeichnet (Fingerabdruck %1), ist nicht der erwartete Schlüssel (Fingerabdruck %2): Er wurde ersetzt</translation>
    </message>
    <message>
        <source>record %1 names another signing key than the one that signed it</source>
        <translation>Datensatz %1 nennt einen anderen Signaturschlüssel als den, mit dem er signiert wurde</translation>
    </message>
    <message>
        <source>the journal&apos;s head (its signed last record number) is missing</source>
        <translation>der Journalkopf (die signierte Nummer seines letzten Datensatzes) fehlt</translation>
    </message>
    <message>
        <source>the journal&apos;s head is not signed by the journal key: it was rewritten</source>
        <translation>der Journalkopf ist nicht mit dem Journalschlüssel signiert: Er wurde neu geschrieben</translation>
    </message>
    <message>
        <source>the journal does not hold record %1 as this computer saw it written (%2): records were removed or replaced</source>
        <translation>das Journal enthält Datensatz %1 nicht so, wie dieser Computer ihn geschrieben hat (%2): Datensätze wurden entfernt oder ersetzt</translation>
    </message>
</context>
<context>
    <name>JournaledChange</name>
    <message>
        <source>nothing was changed: the journal cannot record the change (%1)</source>
        <translation>nichts wurde geändert: Das Journal kann die Änderung nicht verzeichnen (%1)</translation>
    </message>
</context>
<context>
    <name>LdapAttributeMapping</name>
    <message>
        <source>Account object class</source>
        <translation>Objektklasse für Konten</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Anmeldename</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Vorgesetzte Person</translation>
    </message>
    <message>
        <source>Employee number</source>
        <translation>Personalnummer</translation>
    </message>
    <message>
        <source>Employee type</source>
        <translation>Mitarbeitertyp</translation>
    </message>
</context>
<context>
    <name>LdapConnection</name>
    <message>
        <source>the directory refused the bind: wrong bind DN or password, or the account is locked</source>
        <translation>das Verzeichnis hat den Bind abgelehnt: falscher Bind-DN oder falsches Kennwort, oder das Konto ist gesperrt</translation>
    </message>
    <message>
        <source>cannot connect to %1</source>
        <translation>keine Verbindung zu %1 möglich</translation>
    </message>
    <message>
        <source>the directory did not answer within %1 seconds</source>
        <translation>das Verzeichnis hat nicht innerhalb von %1 Sekunden geantwortet</translation>
    </message>
    <message>
        <source>the entry does not exist</source>
        <translation>der Eintrag existiert nicht</translation>
    </message>
    <message>
        <source>the bind identity is not allowed to do this (insufficient access)</source>
        <translation>die Bind-Identität darf dies nicht (unzureichende Zugriffsrechte)</translation>
    </message>
    <message>
        <source>the server&apos;s size limit cut the result short; ask for an unlimited limit for this reader</source>
        <translation>das Größenlimit des Servers hat das Ergebnis abgeschnitten; fordern Sie für dieses Lesekonto ein unbegrenztes Limit an</translation>
    </message>
    <message>
        <source>the server&apos;s time limit cut the result short</source>
        <translation>das Zeitlimit des Servers hat das Ergebnis abgeschnitten</translation>
    </message>
    <message>
        <source>the server requires an encrypted connection for this bind</source>
        <translation>der Server verlangt für diesen Bind eine verschlüsselte Verbindung</translation>
    </message>
    <message>
        <source>the server is unwilling to perform this</source>
        <translation>der Server lehnt die Ausführung ab</translation>
    </message>
    <message>
        <source>the directory refused the value (a constraint or the password policy)</source>
        <translation>das Verzeichnis hat den Wert abgelehnt (eine Einschränkung oder die Kennwortrichtlinie)</translation>
    </message>
    <message>
        <source>the value to remove is not there</source>
        <translation>der zu entfernende Wert ist nicht vorhanden</translation>
    </message>
    <message>
        <source>the value is already there</source>
        <translation>der Wert ist bereits vorhanden</translation>
    </message>
    <message>
        <source>the entry&apos;s object class does not allow this</source>
        <translation>die Objektklasse des Eintrags lässt dies nicht zu</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an LDAP URL such as ldaps://directory.example.com</source>
        <translation>„%1“ ist keine LDAP-URL wie ldaps://directory.example.com</translation>
    </message>
    <message>
        <source>refusing to send the password for %1 over plain ldap:// without StartTLS; use ldaps:// or StartTLS, or allow plaintext explicitly for this connection</source>
        <translation>das Kennwort für %1 wird nicht über unverschlüsseltes ldap:// ohne StartTLS gesendet; verwenden Sie ldaps:// oder StartTLS, oder erlauben Sie Klartext für diese Verbindung ausdrücklich</translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation>Verbindungsaufbau zu %1</translation>
    </message>
    <message>
        <source>StartTLS with %1 (is the certificate trusted and issued for this host?)</source>
        <translation>StartTLS mit %1 (ist das Zertifikat vertrauenswürdig und für diesen Host ausgestellt?)</translation>
    </message>
    <message>
        <source>Connecting to %1 over TLS (is the certificate trusted and issued for this host?)</source>
        <translation>Verbindungsaufbau zu %1 über TLS (ist das Zertifikat vertrauenswürdig und für diesen Host ausgestellt?)</translation>
    </message>
    <message>
        <source>%1 sent no certificate to compare with the trusted one</source>
        <translation>%1 hat kein Zertifikat zum Vergleich mit dem vertrauenswürdigen gesendet</translation>
    </message>
    <message>
        <source>the certificate of %1 is not the one trusted for this connection (it changed, or another server answered); check it and trust it again if that is expected</source>
        <translation>das Zertifikat von %1 ist nicht das für diese Verbindung als vertrauenswürdig eingestufte (es hat sich geändert, oder ein anderer Server hat geantwortet); prüfen Sie es und vertrauen Sie ihm erneut, falls das zu erwarten war</translation>
    </message>
    <message>
        <source>Binding to %1 as %2</source>
        <translation>Bind an %1 als %2</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonym</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>Preparing a paged search</source>
        <translation>Vorbereiten einer seitenweisen Suche</translation>
    </message>
    <message>
        <source>Searching %1</source>
        <translation>Suche in %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>Changing %1</source>
        <translation>Ändern von %1</translation>
    </message>
    <message>
        <source>Setting the password of %1</source>
        <translation>Setzen des Kennworts von %1</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Lesen von %1</translation>
    </message>
    <message>
        <source>Reading %1: no such entry</source>
        <translation>Lesen von %1: Eintrag nicht vorhanden</translation>
    </message>
    <message>
        <source>Connecting to %1: the LDAP library refused a setting</source>
        <translation>Verbinden mit %1: die LDAP-Bibliothek hat eine Einstellung abgelehnt</translation>
    </message>
    <message>
        <source>StartTLS with %1 (does the server offer StartTLS?)</source>
        <translation>StartTLS mit %1 (bietet der Server StartTLS an?)</translation>
    </message>
    <message>
        <source>TLS with %1: %2</source>
        <translation>TLS mit %1: %2</translation>
    </message>
</context>
<context>
    <name>LdapSchema</name>
    <message>
        <source>the schema shows no attribute types to this bind identity</source>
        <translation>das Schema zeigt dieser Bind-Identität keine Attributtypen</translation>
    </message>
    <message>
        <source>the connection&apos;s attribute mapping names what this directory&apos;s schema does not define (%1); correct the mapping in the connection&apos;s settings</source>
        <translation>die Attributzuordnung der Verbindung nennt, was das Schema dieses Verzeichnisses nicht definiert (%1); korrigieren Sie die Zuordnung in den Einstellungen der Verbindung</translation>
    </message>
</context>
<context>
    <name>LdapSettings</name>
    <message>
        <source>the saved connection settings are not readable</source>
        <translation>die gespeicherten Verbindungseinstellungen sind nicht lesbar</translation>
    </message>
</context>
<context>
    <name>LdapSync</name>
    <message>
        <source>The base DN %1 was not found on %2: %3</source>
        <translation>Der Basis-DN %1 wurde auf %2 nicht gefunden: %3</translation>
    </message>
    <message>
        <source>Reading accounts</source>
        <translation>Konten werden gelesen</translation>
    </message>
    <message>
        <source>Reading groups</source>
        <translation>Gruppen werden gelesen</translation>
    </message>
    <message>
        <source>Resolving memberships</source>
        <translation>Mitgliedschaften werden aufgelöst</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>LdifWriter</name>
    <message>
        <source>The LDIF output is not open for writing.</source>
        <translation>Die LDIF-Ausgabe ist nicht zum Schreiben geöffnet.</translation>
    </message>
    <message>
        <source>The snapshot is too large to write as LDIF.</source>
        <translation>Der Snapshot ist zu groß, um ihn als LDIF zu schreiben.</translation>
    </message>
    <message>
        <source>The base DN &quot;%1&quot; must start with dc=, o= or ou=.</source>
        <translation>Der Basis-DN „%1“ muss mit dc=, o= oder ou= beginnen.</translation>
    </message>
    <message>
        <source>Could not write the LDIF: %1</source>
        <translation>Das LDIF konnte nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>NetworkTimeout</name>
    <message>
        <source>%1 did not accept the connection within %2 s</source>
        <translation>%1 hat die Verbindung nicht innerhalb von %2 s angenommen</translation>
    </message>
    <message>
        <source>%1 did not answer the StartTLS request within %2 s</source>
        <translation>%1 hat die StartTLS-Anfrage nicht innerhalb von %2 s beantwortet</translation>
    </message>
    <message>
        <source>%1 did not complete the TLS handshake within %2 s</source>
        <translation>%1 hat den TLS-Handshake nicht innerhalb von %2 s abgeschlossen</translation>
    </message>
    <message>
        <source>%1 did not answer the bind within %2 s</source>
        <translation>%1 hat den Bind nicht innerhalb von %2 s beantwortet</translation>
    </message>
    <message>
        <source>%1 did not answer the search of %3 within %2 s</source>
        <translation>%1 hat die Suche in %3 nicht innerhalb von %2 s beantwortet</translation>
    </message>
    <message>
        <source>%1 did not answer the read of %3 within %2 s</source>
        <translation>%1 hat das Lesen von %3 nicht innerhalb von %2 s beantwortet</translation>
    </message>
    <message>
        <source>%1 did not answer the change of %3 within %2 s</source>
        <translation>%1 hat die Änderung von %3 nicht innerhalb von %2 s beantwortet</translation>
    </message>
    <message>
        <source>%1 did not answer the password change of %3 within %2 s</source>
        <translation>%1 hat die Kennwortänderung von %3 nicht innerhalb von %2 s beantwortet</translation>
    </message>
</context>
<context>
    <name>OpenLdapProfile</name>
    <message>
        <source>%1 member values name entries that do not exist or are outside the base; they were left out</source>
        <translation>%1 member-Werte verweisen auf Einträge, die nicht existieren oder außerhalb der Basis liegen; sie wurden ausgelassen</translation>
    </message>
    <message>
        <source>%1 memberUid values match no account&apos;s uid; they were left out</source>
        <translation>%1 memberUid-Werte passen zu keiner uid eines Kontos; sie wurden ausgelassen</translation>
    </message>
</context>
<context>
    <name>PasswordGenerator</name>
    <message>
        <source>A generated password must be %1 to %2 characters long.</source>
        <translation>Ein erzeugtes Kennwort muss %1 bis %2 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>Choose at least one kind of character.</source>
        <translation>Wählen Sie mindestens eine Zeichenart.</translation>
    </message>
    <message>
        <source>The symbol set has no usable symbol.</source>
        <translation>Der Sonderzeichensatz enthält kein verwendbares Sonderzeichen.</translation>
    </message>
    <message>
        <source>The password is too short to hold every kind of character.</source>
        <translation>Das Kennwort ist zu kurz, um jede Zeichenart zu enthalten.</translation>
    </message>
    <message>
        <source>The system&apos;s random number generator failed.</source>
        <translation>Der Zufallszahlengenerator des Systems ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Could not draw a password holding every kind of character.</source>
        <translation>Es konnte kein Kennwort erzeugt werden, das jede Zeichenart enthält.</translation>
    </message>
</context>
<context>
    <name>PasswordStrength</name>
    <message>
        <source>contains &quot;%1&quot;</source>
        <translation>enthält „%1“</translation>
    </message>
    <message>
        <source>contains &quot;%1&quot; of the account</source>
        <translation>enthält „%1“ des Kontos</translation>
    </message>
    <message>
        <source>shorter than 12 characters</source>
        <translation>kürzer als 12 Zeichen</translation>
    </message>
    <message>
        <source>fewer than three kinds of character</source>
        <translation>weniger als drei Zeichenarten</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>schwach</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>good</source>
        <translation>gut</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>stark</translation>
    </message>
    <message>
        <source>&quot;%1&quot; repeats one character</source>
        <translation>„%1“ wiederholt ein Zeichen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a sequence</source>
        <translation>„%1“ ist eine Folge</translation>
    </message>
</context>
<context>
    <name>PersonResolver</name>
    <message>
        <source>key %1</source>
        <translation>Schlüssel %1</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not a full name; did you mean:</source>
        <translation>„%1“ ist kein vollständiger Name; gemeint ist vielleicht:</translation>
    </message>
    <message>
        <source>“%1” could be any of %2 people; name one by key, login or mail:</source>
        <translation>„%1“ kann jede von %2 Personen sein; nennen Sie eine über Schlüssel, Anmeldenamen oder E-Mail:</translation>
    </message>
    <message>
        <source>Name a person: a key, a login, a mail or a full name.</source>
        <translation>Nennen Sie eine Person: Schlüssel, Anmeldename, E-Mail oder vollständiger Name.</translation>
    </message>
    <message>
        <source>No identity matches “%1”.</source>
        <translation>Keine Identität passt zu „%1“.</translation>
    </message>
</context>
<context>
    <name>PrivilegedPolicy</name>
    <message>
        <source>Active Directory protected group “%1”</source>
        <translation>Geschützte Active-Directory-Gruppe „%1“</translation>
    </message>
    <message>
        <source>administrative role “%1”</source>
        <translation>Administrative Rolle „%1“</translation>
    </message>
    <message>
        <source>matches privileged pattern “%1”</source>
        <translation>entspricht dem Privilegienmuster „%1“</translation>
    </message>
    <message>
        <source>tagged privileged</source>
        <translation>als privilegiert markiert</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>a revoke needs a justification in this campaign</source>
        <translation>in dieser Kampagne braucht ein Widerruf eine Begründung</translation>
    </message>
    <message>
        <source>an approval needs a justification in this campaign</source>
        <translation>in dieser Kampagne braucht eine Genehmigung eine Begründung</translation>
    </message>
    <message>
        <source>campaign %1 is closed: nothing can change in it</source>
        <translation>Kampagne %1 ist geschlossen: Darin kann sich nichts mehr ändern</translation>
    </message>
    <message>
        <source>no items were chosen</source>
        <translation>es wurden keine Einträge ausgewählt</translation>
    </message>
    <message>
        <source>choose approve, revoke or don&apos;t know</source>
        <translation>wählen Sie Genehmigen, Widerrufen oder Weiß nicht</translation>
    </message>
    <message>
        <source>campaign %1 has no item %2</source>
        <translation>Kampagne %1 hat keinen Eintrag %2</translation>
    </message>
    <message>
        <source>accepted the recommendation: %1</source>
        <translation>Empfehlung übernommen: %1</translation>
    </message>
    <message>
        <source>name the reviewer to reassign to</source>
        <translation>nennen Sie den Prüfer, dem neu zugewiesen werden soll</translation>
    </message>
    <message>
        <source>%1 has no undecided items to reassign</source>
        <translation>%1 hat keine offenen Einträge zum Neuzuweisen</translation>
    </message>
    <message>
        <source>item %1 is %2&apos;s own access: they may not review it</source>
        <translation>Eintrag %1 ist der eigene Zugriff von %2: Diese Person darf ihn nicht überprüfen</translation>
    </message>
    <message>
        <source>the campaign&apos;s items are damaged (%1)</source>
        <translation>die Einträge der Kampagne sind beschädigt (%1)</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Direkt</translation>
    </message>
    <message>
        <source>via %1</source>
        <translation>über %1</translation>
    </message>
    <message>
        <source>Building the population</source>
        <translation>Grundgesamtheit wird gebildet</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>held by %1% of peers</source>
        <translation>gehalten von %1% der Kollegen</translation>
    </message>
    <message>
        <source>the account is disabled</source>
        <translation>das Konto ist deaktiviert</translation>
    </message>
    <message>
        <source>the person has left</source>
        <translation>die Person ist ausgeschieden</translation>
    </message>
    <message>
        <source>privileged access on an account without an owner</source>
        <translation>privilegierter Zugriff auf einem Konto ohne Besitzer</translation>
    </message>
    <message>
        <source>no logon for %1 days</source>
        <translation>keine Anmeldung seit %1 Tagen</translation>
    </message>
    <message>
        <source>never logged on in %1 days since it was created</source>
        <translation>in den %1 Tagen seit der Erstellung nie angemeldet</translation>
    </message>
    <message>
        <source>the scope is empty: no access in snapshot %1 matches it (%2 grants in scope, %3 excluded)</source>
        <translation>der Umfang ist leer: Kein Zugriff im Snapshot %1 passt dazu (%2 Zuweisungen im Umfang, %3 ausgenommen)</translation>
    </message>
    <message>
        <source>the campaign needs a name</source>
        <translation>die Kampagne braucht einen Namen</translation>
    </message>
    <message>
        <source>the campaign needs an owner</source>
        <translation>die Kampagne braucht einen Verantwortlichen</translation>
    </message>
    <message>
        <source>the campaign needs a fallback reviewer for items no one else can review</source>
        <translation>die Kampagne braucht einen Ersatzprüfer für Einträge, die sonst niemand überprüfen kann</translation>
    </message>
    <message>
        <source>the named-reviewer rule needs at least one reviewer</source>
        <translation>die Regel „Benannte Prüfer“ braucht mindestens einen Prüfer</translation>
    </message>
    <message>
        <source>no entitlements were chosen</source>
        <translation>es wurden keine Berechtigungen ausgewählt</translation>
    </message>
    <message>
        <source>the entitlement filter is empty</source>
        <translation>der Berechtigungsfilter ist leer</translation>
    </message>
    <message>
        <source>every exclusion needs a reason (%1 %2 has none)</source>
        <translation>jede Ausnahme braucht eine Begründung (%1 %2 hat keine)</translation>
    </message>
    <message>
        <source>an exclusion must name an account or an entitlement</source>
        <translation>eine Ausnahme muss ein Konto oder eine Berechtigung nennen</translation>
    </message>
    <message>
        <source>the recommendation thresholds are out of range</source>
        <translation>die Schwellenwerte für Empfehlungen liegen außerhalb des zulässigen Bereichs</translation>
    </message>
    <message>
        <source>the campaign definition is not readable JSON: %1</source>
        <translation>die Kampagnendefinition ist kein lesbares JSON: %1</translation>
    </message>
    <message>
        <source>unknown reviewer rule</source>
        <translation>unbekannte Prüferregel</translation>
    </message>
    <message>
        <source>unknown no-response policy</source>
        <translation>unbekannte Regel für fehlende Antworten</translation>
    </message>
    <message>
        <source>a justification may be at most %1 characters; this one has %2</source>
        <translation>eine Begründung darf höchstens %1 Zeichen lang sein; diese hat %2</translation>
    </message>
    <message>
        <source>%1 is not the reviewer of item(s) %2, nor the campaign&apos;s owner; reassign them first</source>
        <translation>%1 ist weder Prüfer von Eintrag/Einträgen %2 noch Verantwortlicher der Kampagne; weisen Sie sie zuerst neu zu</translation>
    </message>
    <message>
        <source>say who accepts the recommendations</source>
        <translation>nennen Sie, wer die Empfehlungen übernimmt</translation>
    </message>
    <message>
        <source>%1 may accept recommendations only on their own items, or as the campaign&apos;s owner</source>
        <translation>%1 darf Empfehlungen nur für eigene Einträge übernehmen oder als Verantwortlicher der Kampagne</translation>
    </message>
    <message>
        <source>the journal does not verify: %1</source>
        <translation>das Journal lässt sich nicht verifizieren: %1</translation>
    </message>
    <message>
        <source>the frozen population was changed: its SHA-256 is not the one recorded when the campaign was created</source>
        <translation>die eingefrorene Grundgesamtheit wurde geändert: Ihr SHA-256 ist nicht der beim Anlegen der Kampagne verzeichnete</translation>
    </message>
    <message>
        <source>the frozen population is not the one journal record %1 signed at creation</source>
        <translation>die eingefrorene Grundgesamtheit ist nicht die, die Journaldatensatz %1 beim Anlegen signiert hat</translation>
    </message>
    <message>
        <source>the decisions were changed after journal record %1 (%2) signed them</source>
        <translation>die Entscheidungen wurden geändert, nachdem Journaldatensatz %1 (%2) sie signiert hatte</translation>
    </message>
    <message>
        <source>the campaign was not created: its journal cannot record it (%1)</source>
        <translation>die Kampagne wurde nicht angelegt: Ihr Journal kann es nicht verzeichnen (%1)</translation>
    </message>
    <message>
        <source>a reason may be at most %1 characters; this one has %2</source>
        <translation>ein Grund darf höchstens %1 Zeichen lang sein; dieser hat %2</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>Verantwortliche Person</translation>
    </message>
    <message>
        <source>fallback reviewer</source>
        <translation>Ersatzprüfer</translation>
    </message>
    <message>
        <source>named reviewer</source>
        <translation>benannter Prüfer</translation>
    </message>
    <message>
        <source>“%1” is not an identity of snapshot %2: pick the owner and reviewers among its people (key, login, mail or full name)</source>
        <translation>„%1“ ist keine Identität des Snapshots %2: Wählen Sie Verantwortliche und Prüfer unter seinen Personen (Schlüssel, Anmeldename, E-Mail oder vollständiger Name)</translation>
    </message>
    <message>
        <source>the decisions were changed after the close: record %1 of the history is in no signed journal record</source>
        <translation>die Entscheidungen wurden nach dem Schließen geändert: Eintrag %1 des Verlaufs ist in keinem signierten Journaleintrag enthalten</translation>
    </message>
    <message>
        <source>%1 has no items in campaign %2</source>
        <translation>%1 hat keine Einträge in Kampagne %2</translation>
    </message>
</context>
<context>
    <name>ReviewClosing</name>
    <message>
        <source>Remove %1 from %2</source>
        <translation>%1 aus %2 entfernen</translation>
    </message>
    <message>
        <source>; this also takes away: %1</source>
        <translation>; dadurch entfällt auch: %1</translation>
    </message>
    <message>
        <source>; NOTE: the account still reaches %1 another way, which this does not remove</source>
        <translation>; HINWEIS: Das Konto erreicht %1 noch auf anderem Weg, der hiermit nicht entfernt wird</translation>
    </message>
    <message>
        <source>campaign %1 is already closed</source>
        <translation>Kampagne %1 ist bereits geschlossen</translation>
    </message>
    <message>
        <source>the campaign was not closed: its journal cannot record it (%1)</source>
        <translation>die Kampagne wurde nicht geschlossen: Ihr Journal kann es nicht verzeichnen (%1)</translation>
    </message>
    <message>
        <source>no response by the close: the campaign&apos;s policy (%1) applies</source>
        <translation>keine Antwort bis zum Abschluss: Die Regel der Kampagne (%1) gilt</translation>
    </message>
    <message>
        <source>%1 items are still undecided; closing applies the no-response policy (%2), which keeps %3 and revokes %4 of them. Confirm to close anyway (--apply-no-response-policy).</source>
        <translation>%1 Einträge sind noch offen; das Schließen wendet die Regel für fehlende Antworten (%2) an, die %3 davon behält und %4 widerruft. Bestätigen Sie, um trotzdem zu schließen (--apply-no-response-policy).</translation>
    </message>
    <message>
        <source>close campaign %1 first: remediation follows the final decisions</source>
        <translation>schließen Sie zuerst Kampagne %1: Die Bereinigung folgt den endgültigen Entscheidungen</translation>
    </message>
    <message>
        <source>nothing was changed: the journal cannot record it (%1)</source>
        <translation>nichts wurde geändert: Das Journal kann es nicht verzeichnen (%1)</translation>
    </message>
    <message>
        <source>access review &quot;%1&quot;: revoked</source>
        <translation>Zugriffsüberprüfung „%1“: widerrufen</translation>
    </message>
    <message>
        <source>campaign %1</source>
        <translation>Kampagne %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Removing access</source>
        <translation>Zugriff wird entfernt</translation>
    </message>
    <message>
        <source>after review &quot;%1&quot;</source>
        <translation>nach Überprüfung „%1“</translation>
    </message>
    <message>
        <source>the source &quot;%1&quot; cannot be changed by Attest: remove the access there and record who did it</source>
        <translation>die Quelle „%1“ kann von Attest nicht geändert werden: Entfernen Sie den Zugriff dort und verzeichnen Sie, wer es getan hat</translation>
    </message>
    <message>
        <source>item %1 is already %2</source>
        <translation>Eintrag %1 ist bereits %2</translation>
    </message>
    <message>
        <source>say who completed it and give the ticket reference</source>
        <translation>geben Sie an, wer es erledigt hat, und nennen Sie die Ticketnummer</translation>
    </message>
    <message>
        <source>completed outside Attest by %1 (ticket %2)</source>
        <translation>außerhalb von Attest erledigt von %1 (Ticket %2)</translation>
    </message>
    <message>
        <source>item %1 has no remediation to complete (was it revoked?)</source>
        <translation>Eintrag %1 hat keine abzuschließende Bereinigung (wurde er widerrufen?)</translation>
    </message>
    <message>
        <source>close campaign %1 before signing it off</source>
        <translation>schließen Sie Kampagne %1, bevor Sie sie abzeichnen</translation>
    </message>
    <message>
        <source>only the campaign&apos;s owner (%1) signs it off</source>
        <translation>nur der Verantwortliche der Kampagne (%1) zeichnet sie ab</translation>
    </message>
    <message>
        <source>a sign-off needs a statement</source>
        <translation>eine Abzeichnung braucht eine Erklärung</translation>
    </message>
    <message>
        <source>%1 (approved by %2)</source>
        <translation>%1 (genehmigt von %2)</translation>
    </message>
    <message>
        <source>no membership granting %1 was found in the reviewed snapshot: remove the access by hand and record it</source>
        <translation>im überprüften Snapshot wurde keine Mitgliedschaft gefunden, die %1 gewährt: Entfernen Sie den Zugriff von Hand und verzeichnen Sie dies</translation>
    </message>
    <message>
        <source>decisions kept changing while campaign %1 was being closed; nothing was changed: try again</source>
        <translation>die Entscheidungen änderten sich fortlaufend, während Kampagne %1 geschlossen wurde; nichts wurde geändert: Versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>%1 still reaches %2 after the change (%3): another path remains</source>
        <translation>%1 erreicht %2 nach der Änderung noch immer (%3): Ein anderer Pfad besteht weiter</translation>
    </message>
    <message>
        <source>removed and verified: %1 no longer reaches %2 by any path (%3)</source>
        <translation>entfernt und überprüft: %1 erreicht %2 über keinen Pfad mehr (%3)</translation>
    </message>
    <message>
        <source>%1: already removed; nothing to do</source>
        <translation>%1: bereits entfernt; nichts zu tun</translation>
    </message>
    <message>
        <source>remediation stopped at %1: the journal could not record the change (%2)</source>
        <translation>die Bereinigung wurde bei %1 angehalten: Das Journal konnte die Änderung nicht verzeichnen (%2)</translation>
    </message>
    <message>
        <source>read back from the directory</source>
        <translation>aus dem Verzeichnis erneut gelesen</translation>
    </message>
    <message>
        <source>read back from snapshot %1</source>
        <translation>aus Snapshot %1 erneut gelesen</translation>
    </message>
    <message>
        <source>item %1: %2</source>
        <translation>Eintrag %1: %2</translation>
    </message>
    <message>
        <source>campaign %1 cannot be signed off: %2</source>
        <translation>Kampagne %1 kann nicht abgezeichnet werden: %2</translation>
    </message>
    <message>
        <source>Not changed for %1: %2</source>
        <translation>Nicht geändert für %1: %2</translation>
    </message>
    <message>
        <source>interrupted earlier, %1</source>
        <translation>früher unterbrochen, %1</translation>
    </message>
    <message>
        <source>; by the owner&apos;s resolution of a conflict it takes approved access: %1</source>
        <translation>; durch die Lösung eines Konflikts durch die verantwortliche Person entzieht dies genehmigten Zugriff: %1</translation>
    </message>
    <message>
        <source>conflict: revoking %1 would also take away %2; %3 resolved it on %4: keep the approved access (&quot;%5&quot;); the revoke is left for a person</source>
        <translation>Konflikt: der Widerruf von %1 würde auch %2 entziehen; %3 hat ihn am %4 gelöst: genehmigten Zugriff behalten („%5“); der Widerruf bleibt einer Person überlassen</translation>
    </message>
    <message>
        <source>conflict: revoking %1 would also take away %2; the owner resolves it (keep the approved access or revoke anyway), or remove the access by hand and record it</source>
        <translation>Konflikt: der Widerruf von %1 würde auch %2 entziehen; die verantwortliche Person löst ihn (genehmigten Zugriff behalten oder trotzdem widerrufen), oder entfernen Sie den Zugriff von Hand und erfassen Sie es</translation>
    </message>
    <message>
        <source> (an earlier resolution no longer applies: a decision changed after it)</source>
        <translation> (eine frühere Lösung gilt nicht mehr: danach hat sich eine Entscheidung geändert)</translation>
    </message>
    <message>
        <source>only the campaign&apos;s owner (%1) resolves a conflict</source>
        <translation>nur die für die Kampagne verantwortliche Person (%1) löst einen Konflikt</translation>
    </message>
    <message>
        <source>a resolution needs a reason (it is recorded)</source>
        <translation>eine Lösung braucht eine Begründung (sie wird erfasst)</translation>
    </message>
    <message>
        <source>a reason may be at most %1 characters; this one has %2</source>
        <translation>eine Begründung darf höchstens %1 Zeichen haben; diese hat %2</translation>
    </message>
    <message>
        <source>campaign %1 has no item %2</source>
        <translation>Kampagne %1 hat keinen Eintrag %2</translation>
    </message>
    <message>
        <source>campaign %1 is signed off: its conflicts&apos; resolutions are final</source>
        <translation>Kampagne %1 ist abgezeichnet: die Lösungen ihrer Konflikte sind endgültig</translation>
    </message>
    <message>
        <source>item %1 is not in conflict: its revoke takes no approved access (or it is not revoked)</source>
        <translation>Eintrag %1 ist in keinem Konflikt: sein Widerruf entzieht keinen genehmigten Zugriff (oder es ist nicht widerrufen)</translation>
    </message>
    <message>
        <source>campaign %1 kept changing while the conflict was being resolved; nothing was recorded: try again</source>
        <translation>Kampagne %1 hat sich während der Lösung des Konflikts fortlaufend geändert; nichts wurde erfasst: versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>item %1 is already %2: its conflict can no longer be resolved</source>
        <translation>Eintrag %1 ist bereits %2: sein Konflikt kann nicht mehr gelöst werden</translation>
    </message>
</context>
<context>
    <name>SavedConnection</name>
    <message>
        <source>a connection named &quot;%1&quot; already exists</source>
        <translation>eine Verbindung namens „%1“ existiert bereits</translation>
    </message>
    <message>
        <source>the connection %1 no longer exists</source>
        <translation>die Verbindung %1 existiert nicht mehr</translation>
    </message>
    <message>
        <source>plaintext LDAP allowed for this connection</source>
        <translation>Klartext-LDAP für diese Verbindung zugelassen</translation>
    </message>
    <message>
        <source>the connection was not saved because its security decision cannot be recorded in the journal: %1</source>
        <translation>die Verbindung wurde nicht gespeichert, weil ihre Sicherheitsentscheidung nicht im Journal verzeichnet werden kann: %1</translation>
    </message>
    <message>
        <source>a connection needs a name</source>
        <translation>eine Verbindung braucht einen Namen</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>the keychain did not answer within %1 seconds</source>
        <translation>der Schlüsselbund hat nicht innerhalb von %1 Sekunden geantwortet</translation>
    </message>
    <message>
        <source>no keychain is available on this computer (%1)</source>
        <translation>auf diesem Computer ist kein Schlüsselbund verfügbar (%1)</translation>
    </message>
    <message>
        <source>the keychain refused access (%1)</source>
        <translation>der Schlüsselbund hat den Zugriff verweigert (%1)</translation>
    </message>
    <message>
        <source>the keychain failed: %1</source>
        <translation>der Schlüsselbund ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>no keychain answered earlier in this session</source>
        <translation>in dieser Sitzung hat zuvor kein Schlüsselbund geantwortet</translation>
    </message>
    <message>
        <source>the keychain is turned off (ATTEST_NO_KEYCHAIN)</source>
        <translation>der Schlüsselbund ist ausgeschaltet (ATTEST_NO_KEYCHAIN)</translation>
    </message>
</context>
<context>
    <name>SnapshotLoader</name>
    <message>
        <source>Building the access graph</source>
        <translation>Zugriffsgraph wird aufgebaut</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>no snapshot yet</source>
        <translation>noch kein Snapshot</translation>
    </message>
    <message>
        <source>the journal cannot be read: %1</source>
        <translation>das Journal kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>record %1: %2</source>
        <translation>Datensatz %1: %2</translation>
    </message>
    <message>
        <source>record %1: %2 on %3 was about to be sent and its outcome was never recorded: resolve it to read the target and record whether it happened</source>
        <translation>Eintrag %1: %2 für %3 sollte gerade gesendet werden, und das Ergebnis wurde nie verzeichnet: Klären Sie es, um das Ziel zu lesen und zu verzeichnen, ob die Änderung erfolgt ist</translation>
    </message>
</context>
<context>
    <name>SyncSource</name>
    <message>
        <source>Reading the audit log</source>
        <translation>Das Audit-Protokoll wird gelesen</translation>
    </message>
    <message>
        <source>Checking the connection&apos;s rights</source>
        <translation>Die Rechte der Verbindung werden geprüft</translation>
    </message>
</context>
<context>
    <name>Worksheet</name>
    <message numerus="yes">
        <source>the worksheet has %n problem(s); nothing was imported</source>
        <translation>
            <numerusform>das Arbeitsblatt hat %n Problem; nichts wurde importiert</numerusform>
            <numerusform>das Arbeitsblatt hat %n Probleme; nichts wurde importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>(no identity)</source>
        <translation>(keine Identität)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (save it as &quot;CSV UTF-8&quot;)</source>
        <translation>die Datei ist kein UTF-8-Text (speichern Sie sie als „CSV UTF-8“)</translation>
    </message>
    <message>
        <source>line %1: text after a quoted cell (a quote inside a cell must be doubled)</source>
        <translation>Zeile %1: Text nach einer Zelle in Anführungszeichen (ein Anführungszeichen in einer Zelle muss verdoppelt werden)</translation>
    </message>
    <message>
        <source>line %1: a quote inside an unquoted cell</source>
        <translation>Zeile %1: ein Anführungszeichen in einer Zelle ohne Anführungszeichen</translation>
    </message>
    <message>
        <source>line %1: a quoted cell is never closed</source>
        <translation>Zeile %1: eine Zelle in Anführungszeichen wird nie geschlossen</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB</source>
        <translation>die Datei ist größer als %1 MB</translation>
    </message>
    <message>
        <source>campaign %1 is closed: nothing can change in it</source>
        <translation>Kampagne %1 ist geschlossen: Darin kann sich nichts mehr ändern</translation>
    </message>
    <message>
        <source>not a readable worksheet workbook: %1</source>
        <translation>keine lesbare Arbeitsblatt-Arbeitsmappe: %1</translation>
    </message>
    <message>
        <source>the workbook is from campaign %1, not campaign %2</source>
        <translation>die Arbeitsmappe stammt aus Kampagne %1, nicht aus Kampagne %2</translation>
    </message>
    <message>
        <source>the workbook&apos;s population hash differs from the campaign&apos;s: it is from another population</source>
        <translation>der Grundgesamtheits-Hash der Arbeitsmappe weicht von dem der Kampagne ab: Sie stammt aus einer anderen Grundgesamtheit</translation>
    </message>
    <message>
        <source>the workbook is %1&apos;s worksheet, not %2&apos;s</source>
        <translation>die Arbeitsmappe ist das Arbeitsblatt von %1, nicht von %2</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>the header lacks the column(s) %1; is this a worksheet exported by Attest?</source>
        <translation>der Kopfzeile fehlen die Spalte(n) %1; ist dies ein von Attest exportiertes Arbeitsblatt?</translation>
    </message>
    <message>
        <source>%1 cells where the header has %2</source>
        <translation>%1 Zellen, wo die Kopfzeile %2 hat</translation>
    </message>
    <message>
        <source>the row is from campaign %1, not campaign %2</source>
        <translation>die Zeile stammt aus Kampagne %1, nicht aus Kampagne %2</translation>
    </message>
    <message>
        <source>the population hash differs from the campaign&apos;s: the worksheet is from another population</source>
        <translation>der Grundgesamtheits-Hash weicht von dem der Kampagne ab: Das Arbeitsblatt stammt aus einer anderen Grundgesamtheit</translation>
    </message>
    <message>
        <source>unknown item &quot;%1&quot; (campaign %2 has items 1 to %3)</source>
        <translation>unbekannter Eintrag „%1“ (Kampagne %2 hat die Einträge 1 bis %3)</translation>
    </message>
    <message>
        <source>item %1 is reviewed by %2, not %3</source>
        <translation>Eintrag %1 wird von %2 überprüft, nicht von %3</translation>
    </message>
    <message>
        <source>item %1 appears again (first on line %2)</source>
        <translation>Eintrag %1 kommt erneut vor (zuerst in Zeile %2)</translation>
    </message>
    <message>
        <source>item %1 is %2 → %3, not %4 → %5</source>
        <translation>Eintrag %1 ist %2 → %3, nicht %4 → %5</translation>
    </message>
    <message>
        <source>invalid decision &quot;%1&quot;: use approve, revoke or dont-know, or leave it empty</source>
        <translation>ungültige Entscheidung „%1“: Verwenden Sie approve, revoke oder dont-know, oder lassen Sie sie leer</translation>
    </message>
    <message>
        <source>item %1: %2</source>
        <translation>Eintrag %1: %2</translation>
    </message>
    <message>
        <source>the worksheet has no rows</source>
        <translation>das Arbeitsblatt hat keine Zeilen</translation>
    </message>
    <message>
        <source>%1: a document type declaration is not allowed</source>
        <translation>%1: Eine Dokumenttypdeklaration ist nicht zulässig</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
    <message>
        <source>%1: the workbook has no sheet</source>
        <translation>%1: Die Arbeitsmappe hat kein Tabellenblatt</translation>
    </message>
    <message>
        <source>%1: the sheet %2 is missing</source>
        <translation>%1: Das Tabellenblatt %2 fehlt</translation>
    </message>
    <message>
        <source>%1 items do not fit on one Excel sheet; export CSV instead</source>
        <translation>%1 Einträge passen nicht auf ein Excel-Tabellenblatt; exportieren Sie stattdessen CSV</translation>
    </message>
    <message>
        <source>cannot create a temporary folder: %1</source>
        <translation>es kann kein temporärer Ordner angelegt werden: %1</translation>
    </message>
    <message>
        <source>cannot create the workbook</source>
        <translation>die Arbeitsmappe kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>approve, revoke or dont-know; leave it empty to decide later. Revoke needs a justification.</source>
        <translation>approve, revoke oder dont-know; leer lassen, um später zu entscheiden. Ein Widerruf braucht eine Begründung.</translation>
    </message>
    <message>
        <source>Not a decision</source>
        <translation>Keine Entscheidung</translation>
    </message>
    <message>
        <source>Choose approve, revoke or dont-know from the list.</source>
        <translation>Wählen Sie approve, revoke oder dont-know aus der Liste.</translation>
    </message>
    <message>
        <source>Access review worksheet</source>
        <translation>Arbeitsblatt zur Zugriffsüberprüfung</translation>
    </message>
    <message>
        <source>cannot write the workbook: %1</source>
        <translation>die Arbeitsmappe kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>cannot read the written workbook: %1</source>
        <translation>die geschriebene Arbeitsmappe kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>invalid row number &quot;%1&quot;</source>
        <translation>ungültige Zeilennummer „%1“</translation>
    </message>
    <message>
        <source>row %1 comes after row %2</source>
        <translation>Zeile %1 kommt nach Zeile %2</translation>
    </message>
    <message>
        <source>a cell outside a row</source>
        <translation>eine Zelle außerhalb einer Zeile</translation>
    </message>
    <message>
        <source>invalid cell reference &quot;%1&quot; in row %2</source>
        <translation>ungültiger Zellbezug „%1“ in Zeile %2</translation>
    </message>
    <message>
        <source>cell %1 of row %2 is out of order</source>
        <translation>Zelle %1 in Zeile %2 steht an falscher Stelle</translation>
    </message>
    <message>
        <source>cell %1 of row %2 refers to shared string &quot;%3&quot;, which does not exist</source>
        <translation>Zelle %1 in Zeile %2 verweist auf die gemeinsame Zeichenfolge „%3“, die nicht existiert</translation>
    </message>
    <message>
        <source>cell %1 of row %2 has the unknown type &quot;%3&quot;</source>
        <translation>Zelle %1 in Zeile %2 hat den unbekannten Typ „%3“</translation>
    </message>
    <message>
        <source>%1: the sheet has no data</source>
        <translation>%1: Das Tabellenblatt enthält keine Daten</translation>
    </message>
    <message>
        <source>%1: more than %2 rows (a worksheet holds a row for each of its reviewer&apos;s items, and a header)</source>
        <translation>%1: mehr als %2 Zeilen (ein Arbeitsblatt enthält eine Zeile je Eintrag seines Prüfers und eine Kopfzeile)</translation>
    </message>
    <message>
        <source>%1: more than %2 cells in one row</source>
        <translation>%1: mehr als %2 Zellen in einer Zeile</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters, the most a cell may hold</source>
        <translation>%1 ist länger als %2 Zeichen, mehr als eine Zelle fassen darf</translation>
    </message>
    <message>
        <source>line %1: cell %2</source>
        <translation>Zeile %1: Zelle %2</translation>
    </message>
    <message>
        <source>line %1: cell %2 (%3)</source>
        <translation>Zeile %1: Zelle %2 (%3)</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message numerus="yes">
        <source>the file is %1; a worksheet of %n item(s) may be at most %2 (1 MB and 64 KB a row)</source>
        <translation>
            <numerusform>die Datei ist %1 groß; ein Arbeitsblatt mit %n Eintrag darf höchstens %2 groß sein (1 MB und 64 KB je Zeile)</numerusform>
            <numerusform>die Datei ist %1 groß; ein Arbeitsblatt mit %n Einträgen darf höchstens %2 groß sein (1 MB und 64 KB je Zeile)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 unpacks to %2; a worksheet of %n item(s) may take at most %3 a part (1 MB and 64 KB a row)</source>
        <translation>
            <numerusform>%1 entpackt %2; ein Arbeitsblatt mit %n Eintrag darf je Teil höchstens %3 belegen (1 MB und 64 KB je Zeile)</numerusform>
            <numerusform>%1 entpackt %2; ein Arbeitsblatt mit %n Einträgen darf je Teil höchstens %3 belegen (1 MB und 64 KB je Zeile)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: more than %2 strings, more than a worksheet of %3 rows can use</source>
        <translation>%1: mehr als %2 Zeichenketten, mehr als ein Arbeitsblatt mit %3 Zeilen verwenden kann</translation>
    </message>
    <message>
        <source>%1: string %2</source>
        <translation>%1: Zeichenkette %2</translation>
    </message>
    <message>
        <source>item %1: the %2 is longer than %3 characters, the most a cell may hold</source>
        <translation>Eintrag %1: %2 ist länger als %3 Zeichen, mehr als eine Zelle fassen darf</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>row %1: cell %2</source>
        <translation>Zeile %1: Zelle %2</translation>
    </message>
    <message>
        <source>row %1: cell %2 (%3)</source>
        <translation>Zeile %1: Zelle %2 (%3)</translation>
    </message>
    <message>
        <source>campaign %1 is closed: nothing was imported</source>
        <translation>Kampagne %1 ist geschlossen: Nichts wurde importiert</translation>
    </message>
</context>
<context>
    <name>attest::AccessExplorer</name>
    <message>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <source>Back to the previous arrangement</source>
        <translation>Zurück zur vorherigen Anordnung</translation>
    </message>
    <message>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Vorwärts</translation>
    </message>
    <message>
        <source>Who can reach this?</source>
        <translation>Wer kann dies erreichen?</translation>
    </message>
    <message>
        <source>The accounts that hold this entitlement, directly or through nested groups</source>
        <translation>Die Konten, die diese Berechtigung halten, direkt oder über verschachtelte Gruppen</translation>
    </message>
    <message>
        <source>What can this reach?</source>
        <translation>Was kann dies erreichen?</translation>
    </message>
    <message>
        <source>Every group and role this object reaches, up to the privileged tier</source>
        <translation>Jede Gruppe und Rolle, die dieses Objekt erreicht, bis zur privilegierten Ebene</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Fit the picture in the window</source>
        <translation>Bild in das Fenster einpassen</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>PNG exportieren…</translation>
    </message>
    <message>
        <source>Save the picture as PNG</source>
        <translation>Bild als PNG speichern</translation>
    </message>
    <message>
        <source>Export SVG…</source>
        <translation>SVG exportieren…</translation>
    </message>
    <message>
        <source>Save the picture as SVG</source>
        <translation>Bild als SVG speichern</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Find a node… (Enter: next)</source>
        <translation>Knoten suchen… (Eingabe: nächster)</translation>
    </message>
    <message>
        <source>Find a node</source>
        <translation>Knoten suchen</translation>
    </message>
    <message>
        <source>Choose an account, identity or entitlement, then View → Show Access Paths (Ctrl+Shift+P), to see the paths from accounts through groups and roles to what they grant.</source>
        <translation>Wählen Sie ein Konto, eine Identität oder eine Berechtigung und dann Ansicht → Zugriffspfade anzeigen (Strg+Umschalt+P), um die Pfade von Konten über Gruppen und Rollen zu dem zu sehen, was sie gewähren.</translation>
    </message>
    <message>
        <source>No node matches “%1”.</source>
        <translation>Kein Knoten passt zu „%1“.</translation>
    </message>
    <message>
        <source>Choose an account, identity or entitlement.</source>
        <translation>Wählen Sie ein Konto, eine Identität oder eine Berechtigung.</translation>
    </message>
    <message>
        <source>No workspace is loaded.</source>
        <translation>Kein Arbeitsbereich geladen.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) shown</source>
        <translation>
            <numerusform>%n Konto angezeigt</numerusform>
            <numerusform>%n Konten angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 collapsed</source>
        <translation>%1 eingeklappt</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n Gruppe</numerusform>
            <numerusform>%n Gruppen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n role(s)</source>
        <translation>
            <numerusform>%n Rolle</numerusform>
            <numerusform>%n Rollen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n privileged account(s)</source>
        <translation>
            <numerusform>%n privilegiertes Konto</numerusform>
            <numerusform>%n privilegierte Konten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n privileged entitlement(s)</source>
        <translation>
            <numerusform>%n privilegierte Berechtigung</numerusform>
            <numerusform>%n privilegierte Berechtigungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Access paths</source>
        <translation>Zugriffspfade</translation>
    </message>
    <message>
        <source>Who can reach “%1”?</source>
        <translation>Wer kann „%1“ erreichen?</translation>
    </message>
    <message>
        <source>What can “%1” reach?</source>
        <translation>Was kann „%1“ erreichen?</translation>
    </message>
    <message>
        <source>Show More Accounts</source>
        <translation>Weitere Konten anzeigen</translation>
    </message>
    <message>
        <source>Explore from Here</source>
        <translation>Von hier aus erkunden</translation>
    </message>
    <message>
        <source>Show in Its Pane</source>
        <translation>In seiner Ansicht anzeigen</translation>
    </message>
    <message>
        <source>Export Access Paths as SVG</source>
        <translation>Zugriffspfade als SVG exportieren</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG-Bilder (*.svg)</translation>
    </message>
    <message>
        <source>Export Access Paths as PNG</source>
        <translation>Zugriffspfade als PNG exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>There is no picture to export.</source>
        <translation>Es gibt kein Bild zum Exportieren.</translation>
    </message>
    <message>
        <source>Not enough memory for an image of this size.</source>
        <translation>Nicht genügend Speicher für ein Bild dieser Größe.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Access paths exported by Attest</source>
        <translation>Von Attest exportierte Zugriffspfade</translation>
    </message>
</context>
<context>
    <name>attest::AccessPathScene</name>
    <message>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Account · %1</source>
        <translation>Konto · %1</translation>
    </message>
    <message>
        <source>Disabled account · %1</source>
        <translation>Deaktiviertes Konto · %1</translation>
    </message>
    <message>
        <source>Privileged account</source>
        <translation>Privilegiertes Konto</translation>
    </message>
    <message>
        <source>Privileged role</source>
        <translation>Privilegierte Rolle</translation>
    </message>
    <message>
        <source>Privileged group</source>
        <translation>Privilegierte Gruppe</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>+%1 accounts</source>
        <translation>+%1 Konten</translation>
    </message>
    <message>
        <source>Double-click to show more</source>
        <translation>Doppelklicken, um mehr anzuzeigen</translation>
    </message>
</context>
<context>
    <name>attest::AccessPathView</name>
    <message>
        <source>Access paths</source>
        <translation>Zugriffspfade</translation>
    </message>
</context>
<context>
    <name>attest::AccountTableModel</name>
    <message>
        <source>Login</source>
        <translation>Anmeldename</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>User, administrative or service account</source>
        <translation>Benutzer-, Administrator- oder Dienstkonto</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>The identity the account is correlated to</source>
        <translation>Die Identität, der das Konto zugeordnet ist</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Last logon</source>
        <translation>Letzte Anmeldung</translation>
    </message>
    <message>
        <source>Password age</source>
        <translation>Kennwortalter</translation>
    </message>
    <message>
        <source>Days since the password was last set</source>
        <translation>Tage seit der letzten Kennwortänderung</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Direkt</translation>
    </message>
    <message>
        <source>Entitlements held directly</source>
        <translation>Direkt gehaltene Berechtigungen</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Effektiv</translation>
    </message>
    <message>
        <source>Entitlements held directly or through nesting</source>
        <translation>Direkt oder über Verschachtelung gehaltene Berechtigungen</translation>
    </message>
    <message>
        <source>Privileged</source>
        <translation>Privilegiert</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Hygiene findings: no owner, stale, never logged on, old password, …</source>
        <translation>Hygienebefunde: kein Besitzer, veraltet, nie angemeldet, altes Kennwort, …</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>DN</source>
        <translation>DN</translation>
    </message>
    <message>
        <source>Distinguished name in the directory</source>
        <translation>Distinguished Name im Verzeichnis</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Kein Besitzer</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>Locked since %1 after %n failed logons</source>
        <translation>
            <numerusform>Gesperrt seit %1 nach %n fehlgeschlagenen Anmeldung</numerusform>
            <numerusform>Gesperrt seit %1 nach %n fehlgeschlagenen Anmeldungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln accounts</source>
        <translation>
            <numerusform>%Ln Konto</numerusform>
            <numerusform>%Ln Konten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln accounts</source>
        <translation>
            <numerusform>%1 von %Ln Konto</numerusform>
            <numerusform>%1 von %Ln Konten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>attest::AuditEventModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>When it happened (UTC)</source>
        <translation>Wann es geschah (UTC)</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>Who did it</source>
        <translation>Wer es getan hat</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>What it was done to</source>
        <translation>Worauf es sich bezog</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>The system that recorded it</source>
        <translation>Das System, das es aufgezeichnet hat</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Aufgezeichnet von</translation>
    </message>
    <message>
        <source>The directory&apos;s own audit log, or Attest&apos;s journal</source>
        <translation>Das eigene Prüfprotokoll des Verzeichnisses oder das Journal von Attest</translation>
    </message>
    <message>
        <source>Attest journal</source>
        <translation>Attest-Journal</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Verzeichnis</translation>
    </message>
    <message numerus="yes">
        <source>%Ln events</source>
        <translation>
            <numerusform>%Ln Ereignis</numerusform>
            <numerusform>%Ln Ereignisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln events</source>
        <translation>
            <numerusform>%1 von %Ln Ereignis</numerusform>
            <numerusform>%1 von %Ln Ereignissen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>attest::BulkDecision</name>
    <message>
        <source>the campaign was closed meanwhile</source>
        <translation>die Kampagne wurde inzwischen geschlossen</translation>
    </message>
</context>
<context>
    <name>attest::CampaignActions</name>
    <message>
        <source>Applied and verified %1, failed %2, left for a person %3, already done %4.%5</source>
        <translation>Ausgeführt und geprüft: %1, fehlgeschlagen: %2, einer Person überlassen: %3, bereits erledigt: %4.%5</translation>
    </message>
    <message>
        <source>Signed off by %1. The evidence exported from now on is final.</source>
        <translation>Abgezeichnet von %1. Ab jetzt exportierte Nachweise sind endgültig.</translation>
    </message>
    <message>
        <source>Evidence written to %1 (%2): %3</source>
        <translation>Nachweise nach %1 geschrieben (%2): %3</translation>
    </message>
    <message>
        <source>signed off</source>
        <translation>abgezeichnet</translation>
    </message>
    <message>
        <source>UNSIGNED: sign off first for a final pack</source>
        <translation>NICHT ABGEZEICHNET: für ein endgültiges Paket zuerst abzeichnen</translation>
    </message>
    <message>
        <source>The evidence in %1 does NOT verify:
%2</source>
        <translation>Die Nachweise in %1 lassen sich NICHT bestätigen:
%2</translation>
    </message>
    <message>
        <source>The evidence in %1 is intact: %2 files match the manifest, signed by %3.</source>
        <translation>Die Nachweise in %1 sind unversehrt: %2 Dateien stimmen mit dem Manifest überein. Signaturschlüssel: %3.</translation>
    </message>
    <message numerus="yes">
        <source>Campaign closed. %n change(s) planned to remove the revoked access</source>
        <translation>
            <numerusform>Kampagne geschlossen. %n Änderung geplant, um den widerrufenen Zugriff zu entfernen</numerusform>
            <numerusform>Kampagne geschlossen. %n Änderungen geplant, um den widerrufenen Zugriff zu entfernen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n conflict(s) left for a person</source>
        <translation>
            <numerusform>; %n Konflikt einer Person überlassen</numerusform>
            <numerusform>; %n Konflikte einer Person überlassen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>attest::CampaignWizard</name>
    <message>
        <source>New Access Review Campaign</source>
        <translation>Neue Kampagne zur Zugriffsüberprüfung</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Anlegen</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>What is reviewed, by whom it is run and signed off, and when it is due.</source>
        <translation>Was überprüft wird, wer die Kampagne leitet und abzeichnet und bis wann sie abgeschlossen sein muss.</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <source>Period &amp;from:</source>
        <translation>Zeitraum v&amp;on:</translation>
    </message>
    <message>
        <source>Period &amp;to:</source>
        <translation>Zeitraum &amp;bis:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Fällig am:</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Der Zeitraum endet, bevor er beginnt.</translation>
    </message>
    <message>
        <source>The due date is in the past.</source>
        <translation>Das Fälligkeitsdatum liegt in der Vergangenheit.</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <source>Which access is reviewed. Every effective grant that matches becomes one item.</source>
        <translation>Welche Zugriffe überprüft werden. Jede passende effektive Zuweisung wird zu einem Eintrag.</translation>
    </message>
    <message>
        <source>&amp;All entitlements</source>
        <translation>&amp;Alle Berechtigungen</translation>
    </message>
    <message>
        <source>&amp;Privileged entitlements only</source>
        <translation>Nur &amp;privilegierte Berechtigungen</translation>
    </message>
    <message>
        <source>&amp;Chosen groups and roles:</source>
        <translation>A&amp;usgewählte Gruppen und Rollen:</translation>
    </message>
    <message>
        <source>Search groups and roles…</source>
        <translation>Gruppen und Rollen suchen…</translation>
    </message>
    <message>
        <source>Groups and roles</source>
        <translation>Gruppen und Rollen</translation>
    </message>
    <message>
        <source>Departments (none checked: every department)</source>
        <translation>Abteilungen (keine angehakt: alle Abteilungen)</translation>
    </message>
    <message>
        <source>&amp;User accounts</source>
        <translation>&amp;Benutzerkonten</translation>
    </message>
    <message>
        <source>Ad&amp;min accounts</source>
        <translation>Ad&amp;minkonten</translation>
    </message>
    <message>
        <source>&amp;Service accounts</source>
        <translation>&amp;Dienstkonten</translation>
    </message>
    <message>
        <source>Entitlements</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>Whose access</source>
        <translation>Wessen Zugriffe</translation>
    </message>
    <message>
        <source>Departments (none checked: all):</source>
        <translation>Abteilungen (keine angehakt: alle):</translation>
    </message>
    <message>
        <source>Check at least one group or role, or choose another scope.</source>
        <translation>Haken Sie mindestens eine Gruppe oder Rolle an, oder wählen Sie einen anderen Umfang.</translation>
    </message>
    <message>
        <source>Type part of a name to filter on.</source>
        <translation>Geben Sie einen Namensteil ein, nach dem gefiltert wird.</translation>
    </message>
    <message>
        <source>Choose at least one kind of account.</source>
        <translation>Wählen Sie mindestens eine Kontoart.</translation>
    </message>
    <message>
        <source>Exclusions</source>
        <translation>Ausnahmen</translation>
    </message>
    <message>
        <source>Grants left out of the review. Each needs a reason: it is kept with the campaign and shown to auditors. Leave the account or the entitlement empty to mean any.</source>
        <translation>Zuweisungen, die nicht überprüft werden. Jede braucht eine Begründung: Sie wird mit der Kampagne gespeichert und Prüfern gezeigt. Ein leeres Konto oder eine leere Berechtigung steht für jedes bzw. jede.</translation>
    </message>
    <message>
        <source>Account (login)</source>
        <translation>Konto (Anmeldename)</translation>
    </message>
    <message>
        <source>Entitlement (name)</source>
        <translation>Berechtigung (Name)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>&amp;Add exclusion</source>
        <translation>Ausnahme &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Exclusion %1: name an account, an entitlement or both.</source>
        <translation>Ausnahme %1: Nennen Sie ein Konto, eine Berechtigung oder beides.</translation>
    </message>
    <message>
        <source>Exclusion %1: a reason is required.</source>
        <translation>Ausnahme %1: Eine Begründung ist erforderlich.</translation>
    </message>
    <message>
        <source>Exclusion %1: no account &quot;%2&quot; in this snapshot.</source>
        <translation>Ausnahme %1: Kein Konto „%2“ in diesem Snapshot.</translation>
    </message>
    <message>
        <source>Exclusion %1: no group or role &quot;%2&quot; in this snapshot.</source>
        <translation>Ausnahme %1: Keine Gruppe oder Rolle „%2“ in diesem Snapshot.</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <source>Who decides each item. Nobody reviews their own access: such items, and items with nobody found, go to the fallback reviewer.</source>
        <translation>Wer über jeden Eintrag entscheidet. Niemand überprüft die eigenen Zugriffe: Solche Einträge und Einträge ohne gefundenen Prüfer gehen an den Ersatzprüfer.</translation>
    </message>
    <message>
        <source>The identity&apos;s manager</source>
        <translation>Die vorgesetzte Person der Identität</translation>
    </message>
    <message>
        <source>The entitlement&apos;s owner</source>
        <translation>Der Verantwortliche der Berechtigung</translation>
    </message>
    <message>
        <source>Named reviewers</source>
        <translation>Benannte Prüfer</translation>
    </message>
    <message>
        <source>&amp;Reviewer:</source>
        <translation>&amp;Prüfer:</translation>
    </message>
    <message>
        <source>&amp;Fallback reviewer:</source>
        <translation>&amp;Ersatzprüfer:</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>What happens to items nobody decided by the close, and when a reason is required.</source>
        <translation>Was mit Einträgen geschieht, über die bis zum Abschluss niemand entschieden hat, und wann eine Begründung nötig ist.</translation>
    </message>
    <message>
        <source>Keep the access</source>
        <translation>Zugriff behalten</translation>
    </message>
    <message>
        <source>Revoke the access</source>
        <translation>Zugriff widerrufen</translation>
    </message>
    <message>
        <source>Follow the recommendation</source>
        <translation>Der Empfehlung folgen</translation>
    </message>
    <message>
        <source>A &amp;revoke needs a justification</source>
        <translation>Ein Wide&amp;rruf braucht eine Begründung</translation>
    </message>
    <message>
        <source>An &amp;approve needs a justification</source>
        <translation>Eine &amp;Genehmigung braucht eine Begründung</translation>
    </message>
    <message>
        <source>⚠ Warning: at the close, every undecided item is revoked — possibly thousands of grants, including ones people need. The summary shows how many items this could revoke.</source>
        <translation>⚠ Warnung: Beim Abschluss wird jeder nicht entschiedene Eintrag widerrufen – möglicherweise Tausende Zuweisungen, auch solche, die gebraucht werden. Die Zusammenfassung zeigt, wie viele Einträge das widerrufen könnte.</translation>
    </message>
    <message>
        <source>⚠ Warning: at the close, undecided items recommended for revocation are revoked. The summary shows how many.</source>
        <translation>⚠ Warnung: Beim Abschluss werden nicht entschiedene Einträge widerrufen, für die ein Widerruf empfohlen ist. Die Zusammenfassung zeigt, wie viele.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>The population is built from the snapshot now and frozen when you create the campaign.</source>
        <translation>Die Grundgesamtheit wird jetzt aus dem Snapshot gebildet und beim Anlegen der Kampagne eingefroren.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Load a snapshot first.</source>
        <translation>Laden Sie zuerst einen Snapshot.</translation>
    </message>
    <message>
        <source>Cancelled. Go Back and Next to build it again.</source>
        <translation>Abgebrochen. Mit „Zurück“ und „Weiter“ wird sie erneut gebildet.</translation>
    </message>
    <message>
        <source>Campaign: %1, owner %2, due %3</source>
        <translation>Kampagne: %1, verantwortlich %2, fällig am %3</translation>
    </message>
    <message>
        <source>Items: %1 (%2 privileged, %3 recommended for revocation)</source>
        <translation>Einträge: %1 (%2 privilegiert, %3 zum Widerruf empfohlen)</translation>
    </message>
    <message numerus="yes">
        <source>Reviewers: %n</source>
        <translation>
            <numerusform>Prüfer: %n</numerusform>
            <numerusform>Prüfer: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Reconciliation: %1 grants in scope = %2 items + %3 excluded — %4</source>
        <translation>Abgleich: %1 Zuweisungen im Umfang = %2 Einträge + %3 ausgenommen – %4</translation>
    </message>
    <message>
        <source>balanced</source>
        <translation>stimmt</translation>
    </message>
    <message>
        <source>NOT balanced</source>
        <translation>stimmt NICHT</translation>
    </message>
    <message>
        <source>  excluded: %1</source>
        <translation>  ausgenommen: %1</translation>
    </message>
    <message numerus="yes">
        <source>  … and %n more</source>
        <translation>
            <numerusform>  … und %n weitere</numerusform>
            <numerusform>  … und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Population SHA-256: %1</source>
        <translation>SHA-256 der Grundgesamtheit: %1</translation>
    </message>
    <message numerus="yes">
        <source>⚠ No-response policy: up to %n item(s) would be revoked if nobody decides them.</source>
        <translation>
            <numerusform>⚠ Regel ohne Antwort: Bis zu %n Eintrag würde widerrufen, wenn niemand darüber entscheidet.</numerusform>
            <numerusform>⚠ Regel ohne Antwort: Bis zu %n Einträge würden widerrufen, wenn niemand darüber entscheidet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not created: %1</source>
        <translation>Nicht angelegt: %1</translation>
    </message>
    <message>
        <source>the population is not built yet</source>
        <translation>die Grundgesamtheit ist noch nicht gebildet</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Verantwortlich: %1</translation>
    </message>
    <message>
        <source>Comma-separated logins, mails, identity keys or full names</source>
        <translation>Anmeldenamen, E-Mails, Identitätsschlüssel oder vollständige Namen, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Fallback reviewer: %1</source>
        <translation>Ersatzprüfer: %1</translation>
    </message>
    <message>
        <source>Named reviewer: %1</source>
        <translation>Benannter Prüfer: %1</translation>
    </message>
    <message>
        <source>Creating the campaign…</source>
        <translation>Die Kampagne wird angelegt…</translation>
    </message>
    <message>
        <source>cancelled; no campaign was created</source>
        <translation>abgebrochen; es wurde keine Kampagne angelegt</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Names conta&amp;ining:</source>
        <translation>Namen m&amp;it:</translation>
    </message>
    <message>
        <source>Na&amp;med reviewers:</source>
        <translation>&amp;Benannte Prüfer:</translation>
    </message>
    <message>
        <source>N&amp;o response:</source>
        <translation>&amp;Ohne Antwort:</translation>
    </message>
</context>
<context>
    <name>attest::ConflictResolutionDialog</name>
    <message>
        <source>&amp;Keep the approved access; the revoke is left for a person</source>
        <translation>Genehmigten Zugriff &amp;behalten; der Widerruf bleibt einer Person überlassen</translation>
    </message>
    <message>
        <source>Re&amp;voke anyway; the approved access is taken away with it</source>
        <translation>&amp;Trotzdem widerrufen; der genehmigte Zugriff wird mit entzogen</translation>
    </message>
    <message>
        <source>Resolve Conflict</source>
        <translation>Konflikt lösen</translation>
    </message>
    <message>
        <source>&amp;Reason (recorded in the journal and the evidence):</source>
        <translation>&amp;Begründung (wird im Journal und im Nachweis erfasst):</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>&amp;Record Resolution</source>
        <translation>Lösung &amp;erfassen</translation>
    </message>
    <message>
        <source>Choose: keep the approved access, or revoke anyway.</source>
        <translation>Wählen Sie: genehmigten Zugriff behalten oder trotzdem widerrufen.</translation>
    </message>
    <message>
        <source>Give a reason: it is recorded with the resolution.</source>
        <translation>Geben Sie eine Begründung an: sie wird mit der Lösung erfasst.</translation>
    </message>
    <message>
        <source>The reason may be at most %1 characters; this one has %2.</source>
        <translation>Die Begründung darf höchstens %1 Zeichen haben; diese hat %2.</translation>
    </message>
</context>
<context>
    <name>attest::ConnectionDialog</name>
    <message>
        <source>Use &amp;StartTLS (required for ldap:// unless plaintext is allowed)</source>
        <translation>&amp;StartTLS verwenden (für ldap:// erforderlich, außer Klartext ist zugelassen)</translation>
    </message>
    <message>
        <source>Allow &amp;plaintext for this connection</source>
        <translation>Kla&amp;rtext für diese Verbindung zulassen</translation>
    </message>
    <message>
        <source>&amp;Remember in the keychain</source>
        <translation>Im Schlüsselbund &amp;merken</translation>
    </message>
    <message>
        <source>&amp;Help-desk connection: open Attest in help-desk mode on it</source>
        <translation>&amp;Helpdesk-Verbindung: Attest darauf im Helpdesk-Modus öffnen</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>Certificate not trusted</source>
        <translation>Zertifikat nicht vertrauenswürdig</translation>
    </message>
    <message>
        <source>Trust &amp;This Certificate</source>
        <translation>Diesem Zertifikat &amp;vertrauen</translation>
    </message>
    <message>
        <source>Directory Connection</source>
        <translation>Verzeichnisverbindung</translation>
    </message>
    <message>
        <source>e.g. Corporate directory</source>
        <translation>z. B. Unternehmensverzeichnis</translation>
    </message>
    <message>
        <source>cn=attest-reader,ou=Services,dc=example,dc=com (empty: anonymous)</source>
        <translation>cn=attest-reader,ou=Services,dc=example,dc=com (leer: anonym)</translation>
    </message>
    <message>
        <source>The system&apos;s certificate authorities</source>
        <translation>Die Zertifizierungsstellen des Systems</translation>
    </message>
    <message>
        <source>&lt;b&gt;Warning:&lt;/b&gt; without TLS the bind password and every entry cross the network unencrypted; anyone on the path can read them. Allow this only on a network you control.</source>
        <translation>&lt;b&gt;Warnung:&lt;/b&gt; Ohne TLS gehen das Bind-Kennwort und jeder Eintrag unverschlüsselt über das Netzwerk; jeder auf dem Weg kann sie lesen. Lassen Sie dies nur in einem Netzwerk zu, das Sie kontrollieren.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>&amp;CA-Datei:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Kennwort:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Base DN:</source>
        <translation>&amp;Basis-DN:</translation>
    </message>
    <message>
        <source>Bind &amp;DN:</source>
        <translation>B&amp;ind-DN:</translation>
    </message>
    <message>
        <source>&amp;Attribute mapping</source>
        <translation>&amp;Attributzuordnung</translation>
    </message>
    <message>
        <source>The directory attribute holding this; empty for the default, %1</source>
        <translation>Das Verzeichnisattribut, das dies enthält; leer für den Standardwert, %1</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Test what works before saving:</source>
        <translation>Vor dem Speichern testen, was funktioniert:</translation>
    </message>
    <message>
        <source>Connect, check TLS and the certificate, bind, find the base and count entries (F5)</source>
        <translation>Verbinden, TLS und Zertifikat prüfen, binden, die Basis finden und Einträge zählen (F5)</translation>
    </message>
    <message>
        <source>The password is kept only in the operating system&apos;s keychain.</source>
        <translation>Das Kennwort wird nur im Schlüsselbund des Betriebssystems aufbewahrt.</translation>
    </message>
    <message>
        <source>No keychain is available: the password is kept in memory until Attest closes and asked for again next time. (%1)</source>
        <translation>Kein Schlüsselbund verfügbar: Das Kennwort wird bis zum Schließen von Attest im Speicher gehalten und beim nächsten Mal erneut abgefragt. (%1)</translation>
    </message>
    <message>
        <source>Give the connection a name.</source>
        <translation>Geben Sie der Verbindung einen Namen.</translation>
    </message>
    <message>
        <source>Another connection is already named &quot;%1&quot;.</source>
        <translation>Eine andere Verbindung heißt bereits „%1“.</translation>
    </message>
    <message>
        <source>Enter an LDAP URL such as ldaps://directory.example.com or ldap://directory.example.com.</source>
        <translation>Geben Sie eine LDAP-URL ein, z. B. ldaps://directory.example.com oder ldap://directory.example.com.</translation>
    </message>
    <message>
        <source>Enter the base DN under which accounts and groups are read.</source>
        <translation>Geben Sie den Basis-DN ein, unterhalb dessen Konten und Gruppen gelesen werden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an attribute name (letters, digits and hyphens, starting with a letter).</source>
        <translation>„%1“ ist kein Attributname (Buchstaben, Ziffern und Bindestriche, beginnend mit einem Buchstaben).</translation>
    </message>
    <message>
        <source>A password is never sent over plain ldap://: use ldaps://, turn on StartTLS, or allow plaintext for this connection.</source>
        <translation>Über einfaches ldap:// wird nie ein Kennwort gesendet: Verwenden Sie ldaps://, schalten Sie StartTLS ein oder lassen Sie Klartext für diese Verbindung zu.</translation>
    </message>
    <message>
        <source>Stop &amp;Test</source>
        <translation>&amp;Test anhalten</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation>Verbindungsaufbau zu %1</translation>
    </message>
    <message>
        <source>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Subject&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%1&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Names&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Issuer&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Valid&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%4 to %5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;SHA-256&lt;/b&gt;&lt;/td&gt;&lt;td&gt;&lt;tt&gt;%6&lt;/tt&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Problem&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%7&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Antragsteller&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%1&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Namen&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Aussteller&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Gültig&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%4 bis %5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;SHA-256&lt;/b&gt;&lt;/td&gt;&lt;td&gt;&lt;tt&gt;%6&lt;/tt&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Problem&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%7&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Trust only if you have compared this fingerprint with the one your directory&apos;s administrator gives you. Only this exact certificate is then accepted for this connection, and your decision is recorded with it.</source>
        <translation>Vertrauen Sie nur, wenn Sie diesen Fingerabdruck mit dem verglichen haben, den Ihnen die Administration Ihres Verzeichnisses nennt. Dann wird für diese Verbindung nur genau dieses Zertifikat akzeptiert, und Ihre Entscheidung wird damit verzeichnet.</translation>
    </message>
    <message>
        <source>%1 trusted this certificate on %2 although it did not verify (%3): subject %4, issuer %5, valid until %6, SHA-256 %7</source>
        <translation>%1 hat diesem Zertifikat am %2 vertraut, obwohl es nicht verifiziert werden konnte (%3): Antragsteller %4, Aussteller %5, gültig bis %6, SHA-256 %7</translation>
    </message>
    <message>
        <source>Certificate Authority</source>
        <translation>Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>attest::ConnectionSecrets</name>
    <message>
        <source>Directory Password</source>
        <translation>Verzeichniskennwort</translation>
    </message>
    <message>
        <source>Bind password for %1 (kept in the keychain once it has worked):</source>
        <translation>Bind-Kennwort für %1 (wird im Schlüsselbund aufbewahrt, sobald es funktioniert hat):</translation>
    </message>
    <message>
        <source>Bind password for %1 (no keychain here: kept only until Attest closes):</source>
        <translation>Bind-Kennwort für %1 (hier kein Schlüsselbund: wird nur bis zum Schließen von Attest aufbewahrt):</translation>
    </message>
</context>
<context>
    <name>attest::ConnectionsDialog</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Test…</source>
        <translation>&amp;Testen…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>Jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <source>Directory Connections</source>
        <translation>Verzeichnisverbindungen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <source>Binds as</source>
        <translation>Bindet als</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>Rechte</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Letzte Synchronisierung</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>Connections are saved in the workspace; their passwords only in the operating system&apos;s keychain or, where there is none, in memory until Attest closes.</source>
        <translation>Verbindungen werden im Arbeitsbereich gespeichert, ihre Kennwörter nur im Schlüsselbund des Betriebssystems oder, wo es keinen gibt, bis zum Schließen von Attest im Speicher.</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonym</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>%1, base %2</source>
        <translation>%1, Basis %2</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>wird geprüft…</translation>
    </message>
    <message>
        <source>The connection was not saved: %1</source>
        <translation>Die Verbindung wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>The password could not be stored in the keychain (%1); it is kept until Attest closes.</source>
        <translation>Das Kennwort konnte nicht im Schlüsselbund gespeichert werden (%1); es wird bis zum Schließen von Attest aufbewahrt.</translation>
    </message>
    <message>
        <source>Remove Connection</source>
        <translation>Verbindung entfernen</translation>
    </message>
    <message>
        <source>Remove the connection &quot;%1&quot;?

Its snapshots stay in the workspace as history. Its saved password is removed from the keychain.</source>
        <translation>Die Verbindung „%1“ entfernen?

Ihre Snapshots bleiben als Verlauf im Arbeitsbereich. Ihr gespeichertes Kennwort wird aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <source>Select a connection first.</source>
        <translation>Wählen Sie zuerst eine Verbindung aus.</translation>
    </message>
</context>
<context>
    <name>attest::DashboardCharts</name>
    <message>
        <source>Effective entitlements per identity</source>
        <translation>Effektive Berechtigungen pro Identität</translation>
    </message>
    <message>
        <source>Privileged share of active accounts</source>
        <translation>Privilegierter Anteil aktiver Konten</translation>
    </message>
    <message>
        <source>Effective grants across snapshots</source>
        <translation>Effektive Zuweisungen über Snapshots</translation>
    </message>
    <message>
        <source>Privileged, stale and orphaned accounts across snapshots</source>
        <translation>Privilegierte, veraltete und verwaiste Konten über Snapshots</translation>
    </message>
    <message>
        <source>Identities</source>
        <translation>Identitäten</translation>
    </message>
    <message>
        <source>entitlements (bins of %1) · median %2 · p90 %3 · p99 %4 · max %5</source>
        <translation>Berechtigungen (Klassen zu %1) · Median %2 · p90 %3 · p99 %4 · Max. %5</translation>
    </message>
    <message>
        <source>identities</source>
        <translation>Identitäten</translation>
    </message>
    <message>
        <source>Standard %1</source>
        <translation>Standard %1</translation>
    </message>
    <message>
        <source>Privileged share of active accounts — flagged: %1</source>
        <translation>Privilegierter Anteil aktiver Konten — markiert: %1</translation>
    </message>
    <message>
        <source> — one snapshot: no trend yet</source>
        <translation> — ein Snapshot: noch kein Trend</translation>
    </message>
    <message>
        <source>Effective grants</source>
        <translation>Effektive Zuweisungen</translation>
    </message>
    <message>
        <source>Privileged</source>
        <translation>Privilegiert</translation>
    </message>
    <message>
        <source>Stale or unused</source>
        <translation>Veraltet oder ungenutzt</translation>
    </message>
    <message>
        <source>Without identity</source>
        <translation>Ohne Identität</translation>
    </message>
    <message>
        <source>depth %1: %2</source>
        <translation>Tiefe %1: %2</translation>
    </message>
    <message>
        <source>depth %1–%2: %3</source>
        <translation>Tiefe %1–%2: %3</translation>
    </message>
    <message>
        <source>no nesting</source>
        <translation>keine Verschachtelung</translation>
    </message>
    <message>
        <source>Privileged %1 (%2)</source>
        <translation>Privilegiert %1 (%2)</translation>
    </message>
    <message>
        <source>Direct entitlements per person: median %1, p90 %2, p99 %3, max %4. %5 of all access is inherited through nesting. &lt;a href=&quot;top&quot;&gt;The %6 people with the most access&lt;/a&gt; · &lt;a href=&quot;%8&quot;&gt;everyone above the 90th percentile&lt;/a&gt;.&lt;br&gt;Nesting below groups (groups that nest or are nested): %7 · &lt;a href=&quot;%9&quot;&gt;deeply nested groups&lt;/a&gt; · &lt;a href=&quot;%10&quot;&gt;cycles&lt;/a&gt;.</source>
        <translation>Direkte Berechtigungen pro Person: Median %1, p90 %2, p99 %3, Max. %4. %5 aller Zugriffe sind über Verschachtelung geerbt. &lt;a href=&quot;top&quot;&gt;Die %6 Personen mit den meisten Zugriffen&lt;/a&gt; · &lt;a href=&quot;%8&quot;&gt;alle über dem 90. Perzentil&lt;/a&gt;.&lt;br&gt;Verschachtelung unterhalb von Gruppen (Gruppen, die verschachteln oder verschachtelt sind): %7 · &lt;a href=&quot;%9&quot;&gt;tief verschachtelte Gruppen&lt;/a&gt; · &lt;a href=&quot;%10&quot;&gt;Zyklen&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Entitlements per person, and nesting</source>
        <translation>Berechtigungen pro Person und Verschachtelung</translation>
    </message>
</context>
<context>
    <name>attest::DashboardTiles</name>
    <message>
        <source>%1 since %2</source>
        <translation>%1 seit %2</translation>
    </message>
    <message>
        <source>no earlier snapshot</source>
        <translation>kein früherer Snapshot</translation>
    </message>
    <message>
        <source>access revoked in closed reviews</source>
        <translation>in abgeschlossenen Überprüfungen widerrufener Zugriff</translation>
    </message>
    <message>
        <source>no comparison</source>
        <translation>kein Vergleich</translation>
    </message>
    <message>
        <source>Grants revoked in a closed access review that the snapshot holds again.</source>
        <translation>In einer abgeschlossenen Zugriffsüberprüfung widerrufene Zuweisungen, die der Snapshot wieder enthält.</translation>
    </message>
    <message>
        <source>%1 stale or unused since %2</source>
        <translation>%1 veraltet oder ungenutzt seit %2</translation>
    </message>
    <message numerus="yes">
        <source>%n accepted as exceptions</source>
        <translation>
            <numerusform>%n als Ausnahme akzeptiert</numerusform>
            <numerusform>%n als Ausnahmen akzeptiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Every effective grant (account → entitlement, direct or inherited). %1 are inherited through nesting. Click for the grants added since the compared snapshot.</source>
        <translation>Jede effektive Zuweisung (Konto → Berechtigung, direkt oder geerbt). %1 sind über Verschachtelung geerbt. Klicken Sie für die seit dem Vergleichs-Snapshot hinzugefügten Zuweisungen.</translation>
    </message>
</context>
<context>
    <name>attest::DashboardView</name>
    <message>
        <source>No workspace open.</source>
        <translation>Kein Arbeitsbereich geöffnet.</translation>
    </message>
    <message>
        <source>Compare with:</source>
        <translation>Vergleichen mit:</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Vergleichen mit</translation>
    </message>
    <message>
        <source>Stale after:</source>
        <translation>Veraltet nach:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tagen</translation>
    </message>
    <message>
        <source>Days without logon after which an account is stale</source>
        <translation>Tage ohne Anmeldung, nach denen ein Konto als veraltet gilt</translation>
    </message>
    <message>
        <source>Measure again (F5)</source>
        <translation>Erneut messen (F5)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>E&amp;xceptions</source>
        <translation>Ausnah&amp;men</translation>
    </message>
    <message>
        <source>The accepted exceptions: findings left out of the counts until they expire</source>
        <translation>Die akzeptierten Ausnahmen: Befunde, die bis zu ihrem Ablauf nicht mitgezählt werden</translation>
    </message>
    <message>
        <source>Report as PDF…</source>
        <translation>Bericht als PDF…</translation>
    </message>
    <message>
        <source>Measures as CSV…</source>
        <translation>Kennzahlen als CSV…</translation>
    </message>
    <message>
        <source>Measures as JSON (with the rows behind each count)…</source>
        <translation>Kennzahlen als JSON (mit den Zeilen hinter jeder Zahl)…</translation>
    </message>
    <message>
        <source>Click a number, bar, slice, point or cell to see what is behind it.</source>
        <translation>Klicken Sie auf eine Zahl, einen Balken, ein Segment, einen Punkt oder eine Zelle, um zu sehen, was dahintersteht.</translation>
    </message>
    <message>
        <source>Regressions of revoked access</source>
        <translation>Rückfälle widerrufener Zugriffe</translation>
    </message>
    <message>
        <source>Where access concentrates: people per department holding the most-held entitlements (click a cell for the list)</source>
        <translation>Wo sich Zugriff konzentriert: Personen pro Abteilung mit den am häufigsten gehaltenen Berechtigungen (klicken Sie auf eine Zelle für die Liste)</translation>
    </message>
    <message>
        <source>Every measure, with its definition (click one for its list)</source>
        <translation>Jede Kennzahl mit ihrer Definition (klicken Sie auf eine für ihre Liste)</translation>
    </message>
    <message>
        <source>Accepted exceptions</source>
        <translation>Akzeptierte Ausnahmen</translation>
    </message>
    <message>
        <source>Previous snapshot</source>
        <translation>Vorheriger Snapshot</translation>
    </message>
    <message>
        <source>No comparison</source>
        <translation>Kein Vergleich</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Measuring “%1”…</source>
        <translation>„%1“ wird gemessen…</translation>
    </message>
    <message>
        <source>Measuring cancelled; the figures shown are older.</source>
        <translation>Messung abgebrochen; die angezeigten Zahlen sind älter.</translation>
    </message>
    <message>
        <source>Could not measure: %1</source>
        <translation>Messung nicht möglich: %1</translation>
    </message>
    <message>
        <source>%1 — snapshot “%2” of %3</source>
        <translation>%1 — Snapshot „%2“ von %3</translation>
    </message>
    <message>
        <source>, compared with “%1”</source>
        <translation>, verglichen mit „%1“</translation>
    </message>
    <message>
        <source>This is an older snapshot than the one open in the console: its lists are shown here, but open it from the snapshot chooser to browse it. Refresh returns to the open snapshot.</source>
        <translation>Dies ist ein älterer Snapshot als der in der Konsole geöffnete: Seine Listen werden hier angezeigt, aber öffnen Sie ihn über die Snapshot-Auswahl, um ihn zu durchsuchen. „Aktualisieren“ kehrt zum geöffneten Snapshot zurück.</translation>
    </message>
    <message>
        <source>E&amp;xceptions (%1)</source>
        <translation>A&amp;usnahmen (%1)</translation>
    </message>
    <message>
        <source>%1 effective, %2 direct</source>
        <translation>%1 effektiv, %2 direkt</translation>
    </message>
    <message>
        <source>People with the most entitlements</source>
        <translation>Personen mit den meisten Berechtigungen</translation>
    </message>
    <message>
        <source>Effective entitlements counted once per person across all their accounts, most first.</source>
        <translation>Effektive Berechtigungen, pro Person über alle ihre Konten einmal gezählt, die meisten zuerst.</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n row(s)</source>
        <translation>
            <numerusform>%1 — %n Zeile</numerusform>
            <numerusform>%1 — %n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Flagged: %1</source>
        <translation>Markiert: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) accepted as exceptions are left out (Exceptions lists them).</source>
        <translation>
            <numerusform>%n als Ausnahme akzeptierter Befund wird nicht mitgezählt („Ausnahmen“ listet ihn auf).</numerusform>
            <numerusform>%n als Ausnahmen akzeptierte Befunde werden nicht mitgezählt („Ausnahmen“ listet sie auf).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n effective entitlement(s)</source>
        <translation>
            <numerusform>%n effektive Berechtigung</numerusform>
            <numerusform>%n effektive Berechtigungen</numerusform>
        </translation>
    </message>
    <message>
        <source>People with %1 to %2 effective entitlements</source>
        <translation>Personen mit %1 bis %2 effektiven Berechtigungen</translation>
    </message>
    <message>
        <source>Effective entitlements are counted once per person across all their accounts, direct or through groups and roles.</source>
        <translation>Effektive Berechtigungen werden pro Person über alle ihre Konten einmal gezählt, direkt oder über Gruppen und Rollen.</translation>
    </message>
    <message>
        <source>%1 holding %2</source>
        <translation>%1 mit %2</translation>
    </message>
    <message>
        <source>People of the department who hold the entitlement through any of their accounts.</source>
        <translation>Personen der Abteilung, die die Berechtigung über eines ihrer Konten halten.</translation>
    </message>
    <message>
        <source>Enabled accounts without privilege</source>
        <translation>Aktivierte Konten ohne Privilegien</translation>
    </message>
    <message>
        <source>Enabled accounts that hold no privileged entitlement.</source>
        <translation>Aktivierte Konten, die keine privilegierte Berechtigung halten.</translation>
    </message>
    <message>
        <source>Grants added since “%1”</source>
        <translation>Seit „%1“ hinzugefügte Zuweisungen</translation>
    </message>
    <message>
        <source>Grants removed since “%1”</source>
        <translation>Seit „%1“ entfernte Zuweisungen</translation>
    </message>
    <message>
        <source>Nothing to compare with: regressions are measured against snapshots taken after a review&apos;s revocations were applied.</source>
        <translation>Nichts zum Vergleichen: Rückfälle werden an Snapshots gemessen, die erstellt wurden, nachdem die Widerrufe einer Überprüfung angewendet wurden.</translation>
    </message>
    <message>
        <source>Access revoked in closed reviews that has come back</source>
        <translation>In abgeschlossenen Überprüfungen widerrufener Zugriff, der zurückgekehrt ist</translation>
    </message>
    <message>
        <source>Grants that a closed review campaign revoked (applied and verified, or recorded done) and that this snapshot, taken later, holds again.</source>
        <translation>Zuweisungen, die eine abgeschlossene Überprüfungskampagne widerrufen hat (ausgeführt und überprüft oder als erledigt verzeichnet) und die dieser später erstellte Snapshot wieder enthält.</translation>
    </message>
    <message>
        <source>Findings accepted with a reason, an approver and an expiry date. They are left out of the counts until they expire; expired ones count again.</source>
        <translation>Mit Begründung, genehmigender Person und Ablaufdatum akzeptierte Befunde. Sie werden bis zu ihrem Ablauf nicht mitgezählt; abgelaufene zählen wieder.</translation>
    </message>
    <message>
        <source>Choose a measure and the findings to accept first.</source>
        <translation>Wählen Sie zuerst eine Kennzahl und die zu akzeptierenden Befunde.</translation>
    </message>
    <message>
        <source>Select the findings to accept first.</source>
        <translation>Wählen Sie zuerst die zu akzeptierenden Befunde aus.</translation>
    </message>
    <message>
        <source>Select the exception to withdraw first.</source>
        <translation>Wählen Sie zuerst die zurückzuziehende Ausnahme aus.</translation>
    </message>
    <message>
        <source>No longer exists: %1</source>
        <translation>Existiert nicht mehr: %1</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Nothing measured yet.</source>
        <translation>Noch nichts gemessen.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation>PDF-Bericht (*.pdf)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>These rows are not the findings of the measured snapshot.</source>
        <translation>Diese Zeilen sind nicht die Befunde des gemessenen Snapshots.</translation>
    </message>
    <message>
        <source>Accepting the exception</source>
        <translation>Das Akzeptieren der Ausnahme</translation>
    </message>
    <message>
        <source>Withdrawing the exception</source>
        <translation>Das Zurückziehen der Ausnahme</translation>
    </message>
    <message>
        <source>Saving the separation-of-duties policy</source>
        <translation>Das Speichern der Funktionstrennungsrichtlinie</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exportiert nach %1.</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Der Export ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Added %1 (%2 privileged), removed %3 (%4 privileged): net %5, %6 of the grants of “%7” (%8 per 30 days). Grants are matched by the keys of account and entitlement.</source>
        <translation>Hinzugefügt %1 (%2 privilegiert), entfernt %3 (%4 privilegiert): netto %5, %6 der Zuweisungen von „%7“ (%8 pro 30 Tage). Zuweisungen werden über die Schlüssel von Konto und Berechtigung abgeglichen.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Separation of D&amp;uties…</source>
        <translation>Funk&amp;tionstrennung…</translation>
    </message>
    <message>
        <source>Wait until the change being written is saved.</source>
        <translation>Warten Sie, bis die Änderung, die gerade geschrieben wird, gespeichert ist.</translation>
    </message>
    <message>
        <source>Only the findings of a measure can be accepted as exceptions: choose a measure in the list of measures or on a tile.</source>
        <translation>Nur die Befunde einer Kennzahl können als Ausnahmen akzeptiert werden: Wählen Sie eine Kennzahl in der Liste der Kennzahlen oder auf einer Kachel.</translation>
    </message>
    <message>
        <source>Open a workspace first.</source>
        <translation>Öffnen Sie zuerst einen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Sprawl measures</source>
        <translation>Ausbreitungskennzahlen</translation>
    </message>
</context>
<context>
    <name>attest::DashboardWrites</name>
    <message>
        <source>No workspace is open.</source>
        <translation>Kein Arbeitsbereich geöffnet.</translation>
    </message>
    <message>
        <source>Another change is still being written; try again when it is done.</source>
        <translation>Eine andere Änderung wird noch geschrieben; versuchen Sie es erneut, wenn sie fertig ist.</translation>
    </message>
    <message>
        <source>Nothing measured yet.</source>
        <translation>Noch nichts gemessen.</translation>
    </message>
    <message>
        <source>An export is still being written; try again when it is done.</source>
        <translation>Ein Export wird noch geschrieben; versuchen Sie es erneut, wenn er fertig ist.</translation>
    </message>
</context>
<context>
    <name>attest::DetailPanel</name>
    <message>
        <source>Select an identity, account, group or role to see its details.</source>
        <translation>Wählen Sie eine Identität, ein Konto, eine Gruppe oder eine Rolle, um die Details zu sehen.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Yes — %1 (%2): %3</source>
        <translation>Ja — %1 (%2): %3</translation>
    </message>
    <message>
        <source>Yes — %1</source>
        <translation>Ja — %1</translation>
    </message>
    <message>
        <source>Identity · %1 · %2</source>
        <translation>Identität · %1 · %2</translation>
    </message>
    <message>
        <source>Privileged</source>
        <translation>Privilegiert</translation>
    </message>
    <message>
        <source>Left, but an account is still enabled</source>
        <translation>Ausgeschieden, aber ein Konto ist noch aktiviert</translation>
    </message>
    <message>
        <source>Employee ID</source>
        <translation>Personalnummer</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Vorgesetzte(r)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>Eingestellt</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Ausgeschieden</translation>
    </message>
    <message>
        <source>Privileged (%1)</source>
        <translation>Privilegiert (%1)</translation>
    </message>
    <message>
        <source>Entitlements (%1)</source>
        <translation>Berechtigungen (%1)</translation>
    </message>
    <message>
        <source>Accounts (%1)</source>
        <translation>Konten (%1)</translation>
    </message>
    <message>
        <source>%1 account · %2</source>
        <translation>%1-Konto · %2</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Anmeldename</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>No owner: the account is not correlated to any identity</source>
        <translation>Kein Besitzer: Das Konto ist keiner Identität zugeordnet</translation>
    </message>
    <message>
        <source>DN</source>
        <translation>DN</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message numerus="yes">
        <source>Since %1, after %n failed logons</source>
        <translation>
            <numerusform>Seit %1, nach %n fehlgeschlagenen Anmeldung</numerusform>
            <numerusform>Seit %1, nach %n fehlgeschlagenen Anmeldungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Password age</source>
        <translation>Kennwortalter</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>%1 (set %2)</source>
        <translation>%1 (gesetzt am %2)</translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation>Muss Kennwort ändern</translation>
    </message>
    <message>
        <source>Last logon</source>
        <translation>Letzte Anmeldung</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Kein Besitzer</translation>
    </message>
    <message>
        <source>Part of a nesting cycle</source>
        <translation>Teil eines Verschachtelungszyklus</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>Direct members</source>
        <translation>Direkte Mitglieder</translation>
    </message>
    <message>
        <source>Effective members</source>
        <translation>Effektive Mitglieder</translation>
    </message>
    <message>
        <source>Nesting depth</source>
        <translation>Verschachtelungstiefe</translation>
    </message>
    <message>
        <source>Direct members (%1)</source>
        <translation>Direkte Mitglieder (%1)</translation>
    </message>
    <message>
        <source>Effective members (%1)</source>
        <translation>Effektive Mitglieder (%1)</translation>
    </message>
    <message>
        <source>Nested groups (%1)</source>
        <translation>Verschachtelte Gruppen (%1)</translation>
    </message>
    <message>
        <source>Member of (%1)</source>
        <translation>Mitglied von (%1)</translation>
    </message>
    <message>
        <source>Audit event · %1</source>
        <translation>Prüfereignis · %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Aufgezeichnet von</translation>
    </message>
    <message>
        <source>Attest journal</source>
        <translation>Attest-Journal</translation>
    </message>
    <message>
        <source>The directory&apos;s own audit log</source>
        <translation>Das eigene Prüfprotokoll des Verzeichnisses</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>&amp;Copy Command</source>
        <translation>Befehl &amp;kopieren</translation>
    </message>
    <message>
        <source>Equivalent command</source>
        <translation>Entsprechender Befehl</translation>
    </message>
    <message>
        <source>Show access paths…</source>
        <translation>Zugriffspfade anzeigen…</translation>
    </message>
    <message>
        <source>Who can reach this entitlement, or what this account or identity can reach (Ctrl+Shift+P)</source>
        <translation>Wer diese Berechtigung erreichen kann oder was dieses Konto bzw. diese Identität erreichen kann (Strg+Umschalt+P)</translation>
    </message>
    <message>
        <source>Relations of the selected object</source>
        <translation>Beziehungen des ausgewählten Objekts</translation>
    </message>
    <message>
        <source>Attributes of the selected object</source>
        <translation>Attribute des ausgewählten Objekts</translation>
    </message>
</context>
<context>
    <name>attest::EntitlementTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>The system this entitlement gives access to</source>
        <translation>Das System, auf das diese Berechtigung Zugriff gibt</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>Who answers for this entitlement</source>
        <translation>Wer für diese Berechtigung verantwortlich ist</translation>
    </message>
    <message>
        <source>Direct members</source>
        <translation>Direkte Mitglieder</translation>
    </message>
    <message>
        <source>Accounts that are members directly</source>
        <translation>Konten, die direkt Mitglied sind</translation>
    </message>
    <message>
        <source>Nested</source>
        <translation>Verschachtelt</translation>
    </message>
    <message>
        <source>Groups and roles that are members of this one</source>
        <translation>Gruppen und Rollen, die Mitglied dieser sind</translation>
    </message>
    <message>
        <source>Effective members</source>
        <translation>Effektive Mitglieder</translation>
    </message>
    <message>
        <source>Accounts holding it directly or through nesting</source>
        <translation>Konten, die sie direkt oder über Verschachtelung halten</translation>
    </message>
    <message>
        <source>Member of</source>
        <translation>Mitglied von</translation>
    </message>
    <message>
        <source>Groups and roles this one is a member of</source>
        <translation>Gruppen und Rollen, in denen diese Mitglied ist</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Tiefe</translation>
    </message>
    <message>
        <source>Longest chain of nested groups below this one</source>
        <translation>Längste Kette verschachtelter Gruppen unterhalb dieser</translation>
    </message>
    <message>
        <source>Privileged</source>
        <translation>Privilegiert</translation>
    </message>
    <message>
        <source>Matched by the privileged policy, with the reason</source>
        <translation>Von der Privilegienrichtlinie erfasst, mit Begründung</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>DN</source>
        <translation>DN</translation>
    </message>
    <message>
        <source>Distinguished name in the directory</source>
        <translation>Distinguished Name im Verzeichnis</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Kein Besitzer</translation>
    </message>
    <message numerus="yes">
        <source>%Ln roles</source>
        <translation>
            <numerusform>%Ln Rolle</numerusform>
            <numerusform>%Ln Rollen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln roles</source>
        <translation>
            <numerusform>%1 von %Ln Rolle</numerusform>
            <numerusform>%1 von %Ln Rollen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln groups</source>
        <translation>
            <numerusform>%Ln Gruppe</numerusform>
            <numerusform>%Ln Gruppen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln groups</source>
        <translation>
            <numerusform>%1 von %Ln Gruppe</numerusform>
            <numerusform>%1 von %Ln Gruppen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>attest::ExceptionDialog</name>
    <message>
        <source>Accept as Exception</source>
        <translation>Als Ausnahme akzeptieren</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) of “%1” will be left out of the counts until the expiry date.</source>
        <translation>
            <numerusform>%n Befund von „%1“ wird bis zum Ablaufdatum nicht mitgezählt.</numerusform>
            <numerusform>%n Befunde von „%1“ werden bis zum Ablaufdatum nicht mitgezählt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Why this is acceptable, e.g. the vendor&apos;s service account needs it until the migration</source>
        <translation>Warum dies vertretbar ist, z. B. das Dienstkonto des Anbieters benötigt es bis zur Migration</translation>
    </message>
    <message>
        <source>Who approved it: a person of the snapshot (name, login, mail or identity key)</source>
        <translation>Wer es genehmigt hat: eine Person des Snapshots (Name, Anmeldename, E-Mail oder Identitätsschlüssel)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>&amp;Approver:</source>
        <translation>&amp;Genehmigt von:</translation>
    </message>
    <message>
        <source>E&amp;xpires:</source>
        <translation>&amp;Läuft ab:</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Akzeptieren</translation>
    </message>
    <message>
        <source>No snapshot is open: there is nobody to approve.</source>
        <translation>Kein Snapshot ist geöffnet: Es gibt niemanden, der genehmigen könnte.</translation>
    </message>
</context>
<context>
    <name>attest::ExceptionsPanel</name>
    <message>
        <source>&amp;Withdraw Exception</source>
        <translation>Ausnahme &amp;zurückziehen</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>Genehmigt von</translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation>Akzeptiert von</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>expired — counted again</source>
        <translation>abgelaufen — wird wieder gezählt</translation>
    </message>
    <message>
        <source>Not while a change is being written, nor before the dashboard has measured the snapshot.</source>
        <translation>Nicht, während eine Änderung geschrieben wird, und nicht, bevor das Dashboard den Snapshot gemessen hat.</translation>
    </message>
    <message>
        <source>Select an exception first.</source>
        <translation>Wählen Sie zuerst eine Ausnahme aus.</translation>
    </message>
</context>
<context>
    <name>attest::FlagBadgeDelegate</name>
    <message>
        <source>+%1</source>
        <comment>more findings than fit</comment>
        <translation>+%1</translation>
    </message>
</context>
<context>
    <name>attest::GuideBar</name>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the guide</source>
        <translation>Hinweis schließen</translation>
    </message>
    <message>
        <source>Close the guide; Help → Getting Started shows it again</source>
        <translation>Hinweis schließen; Hilfe → Erste Schritte zeigt die Anleitung wieder</translation>
    </message>
    <message>
        <source>Hide the guide for now</source>
        <translation>Hinweis vorerst ausblenden</translation>
    </message>
</context>
<context>
    <name>attest::HeatMapModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 of %2 people in %3 hold %4 (%5)</source>
        <translation>%1 von %2 Personen in %3 halten %4 (%5)</translation>
    </message>
</context>
<context>
    <name>attest::HeatMapView</name>
    <message>
        <source>Heat map: entitlements by department</source>
        <translation>Heatmap: Berechtigungen nach Abteilung</translation>
    </message>
</context>
<context>
    <name>attest::HelpdeskView</name>
    <message>
        <source>Caller verification</source>
        <translation>Prüfung des Anrufers</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>Find an account: name, login, mail or employee number (Ctrl+K)</source>
        <translation>Konto suchen: Name, Anmeldename, E-Mail oder Personalnummer (Strg+K)</translation>
    </message>
    <message>
        <source>Read the account from the directory again (F5)</source>
        <translation>Das Konto erneut aus dem Verzeichnis lesen (F5)</translation>
    </message>
    <message>
        <source>Edit checklist…</source>
        <translation>Checkliste bearbeiten…</translation>
    </message>
    <message>
        <source>Caller Verification Checklist</source>
        <translation>Checkliste zur Prüfung des Anrufers</translation>
    </message>
    <message>
        <source>One check per line. The journal records which were ticked, never the caller&apos;s answers.</source>
        <translation>Eine Prüfung pro Zeile. Das Journal verzeichnet, welche angehakt wurden, nie die Antworten des Anrufers.</translation>
    </message>
    <message>
        <source>Reading the account from the directory…</source>
        <translation>Das Konto wird aus dem Verzeichnis gelesen…</translation>
    </message>
    <message>
        <source>No account chosen</source>
        <translation>Kein Konto ausgewählt</translation>
    </message>
    <message>
        <source>Find the caller&apos;s account on the left: type part of their name, login, mail or employee number, then pick it.</source>
        <translation>Suchen Sie links das Konto des Anrufers: Geben Sie einen Teil des Namens, Anmeldenamens, der E-Mail-Adresse oder der Personalnummer ein und wählen Sie es aus.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Yes, since %1 (%2)</source>
        <translation>Ja, seit %1 (%2)</translation>
    </message>
    <message>
        <source>No (%1 recently)</source>
        <translation>Nein (kürzlich %1)</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kennwort</translation>
    </message>
    <message>
        <source>never changed</source>
        <translation>nie geändert</translation>
    </message>
    <message>
        <source>changed %1 (%2)</source>
        <translation>geändert %1 (%2)</translation>
    </message>
    <message>
        <source>Must change at next logon</source>
        <translation>Muss bei nächster Anmeldung ändern</translation>
    </message>
    <message>
        <source>Last logon</source>
        <translation>Letzte Anmeldung</translation>
    </message>
    <message>
        <source>never (or not recorded)</source>
        <translation>nie (oder nicht erfasst)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>DN</source>
        <translation>DN</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Employee number</source>
        <translation>Personalnummer</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Vorgesetzte Person</translation>
    </message>
    <message>
        <source>%1 (privileged)</source>
        <translation>%1 (privilegiert)</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> und %1 weitere</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>From the snapshot of %1.</source>
        <translation>Aus dem Snapshot vom %1.</translation>
    </message>
    <message>
        <source>Live from %1 at %2.</source>
        <translation>Live von %1 um %2.</translation>
    </message>
    <message>
        <source>From the snapshot of %1; Refresh reads the directory.</source>
        <translation>Aus dem Snapshot vom %1; „Neu lesen“ liest das Verzeichnis.</translation>
    </message>
    <message>
        <source>From the snapshot: the directory could not be read (%1).</source>
        <translation>Aus dem Snapshot: Das Verzeichnis konnte nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>Changes need a directory connection for this snapshot&apos;s source: add one in Directory → Connections, then sync.</source>
        <translation>Änderungen brauchen eine Verzeichnisverbindung für die Quelle dieses Snapshots: Legen Sie unter Verzeichnis → Verbindungen eine an und synchronisieren Sie dann.</translation>
    </message>
    <message>
        <source>The account is not locked.</source>
        <translation>Das Konto ist nicht gesperrt.</translation>
    </message>
    <message>
        <source>The account is already enabled.</source>
        <translation>Das Konto ist bereits aktiviert.</translation>
    </message>
    <message>
        <source>The account is already disabled.</source>
        <translation>Das Konto ist bereits deaktiviert.</translation>
    </message>
    <message>
        <source>%1 as %2: %3</source>
        <translation>%1 als %2: %3</translation>
    </message>
    <message>
        <source>%1 bound as %2 may not: %3. (Found by the last connection test or sync.)</source>
        <translation>%1, angemeldet als %2, darf das nicht: %3. (Festgestellt beim letzten Verbindungstest oder Synchronisieren.)</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;&lt;br&gt;The account is read back afterwards to verify it, and the change is recorded in the journal.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;&lt;br&gt;Das Konto wird danach zur Kontrolle erneut gelesen, und die Änderung wird im Journal verzeichnet.</translation>
    </message>
    <message>
        <source>e.g. INC-20417</source>
        <translation>z. B. INC-20417</translation>
    </message>
    <message>
        <source>&amp;Ticket:</source>
        <translation>&amp;Ticket:</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>&amp;Do It</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>Working: %1…</source>
        <translation>In Arbeit: %1…</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Nichts wurde geändert: %1</translation>
    </message>
    <message>
        <source> (journal record %1)</source>
        <translation> (Journaleintrag %1)</translation>
    </message>
    <message>
        <source>Reading the account&apos;s current state…</source>
        <translation>Der aktuelle Zustand des Kontos wird gelesen…</translation>
    </message>
    <message>
        <source>The current state of %1 in this workspace.</source>
        <translation>Der aktuelle Zustand von %1 in diesem Arbeitsbereich.</translation>
    </message>
    <message>
        <source>%1 cannot make this change.</source>
        <translation>%1 kann diese Änderung nicht vornehmen.</translation>
    </message>
    <message>
        <source>Reset Passw&amp;ord…</source>
        <translation>Kenn&amp;wort zurücksetzen…</translation>
    </message>
    <message>
        <source>E&amp;nable</source>
        <translation>Ak&amp;tivieren</translation>
    </message>
    <message>
        <source>Disab&amp;le</source>
        <translation>Deaktiviere&amp;n</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Find an account</source>
        <translation>Konto suchen</translation>
    </message>
    <message>
        <source>Select an account first.</source>
        <translation>Wählen Sie zuerst ein Konto aus.</translation>
    </message>
    <message>
        <source>Wait until the change that is running has finished.</source>
        <translation>Warten Sie, bis die laufende Änderung abgeschlossen ist.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>last logon: date, how long ago</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Accounts found</source>
        <translation>Gefundene Konten</translation>
    </message>
</context>
<context>
    <name>attest::IdentityTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Employee ID</source>
        <translation>Personalnummer</translation>
    </message>
    <message>
        <source>The identity&apos;s key in the HR system</source>
        <translation>Der Schlüssel der Identität im Personalsystem</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Anmeldename</translation>
    </message>
    <message>
        <source>Logins of the identity&apos;s accounts</source>
        <translation>Anmeldenamen der Konten dieser Identität</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Vorgesetzte(r)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Active, on leave, or left the organisation</source>
        <translation>Aktiv, abwesend oder aus der Organisation ausgeschieden</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Employee or contractor</source>
        <translation>Angestellte(r) oder externe(r) Mitarbeiter(in)</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Number of accounts correlated to this identity</source>
        <translation>Anzahl der dieser Identität zugeordneten Konten</translation>
    </message>
    <message>
        <source>Last logon</source>
        <translation>Letzte Anmeldung</translation>
    </message>
    <message>
        <source>Most recent logon over all of the identity&apos;s accounts</source>
        <translation>Letzte Anmeldung über alle Konten der Identität</translation>
    </message>
    <message>
        <source>Entitlements</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>Effective entitlements over all accounts, including nested ones</source>
        <translation>Effektive Berechtigungen über alle Konten, einschließlich verschachtelter</translation>
    </message>
    <message>
        <source>Privileged</source>
        <translation>Privilegiert</translation>
    </message>
    <message>
        <source>Holds a privileged entitlement through any account</source>
        <translation>Hält über irgendein Konto eine privilegierte Berechtigung</translation>
    </message>
    <message numerus="yes">
        <source>%Ln identities</source>
        <translation>
            <numerusform>%Ln Identität</numerusform>
            <numerusform>%Ln Identitäten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln identities</source>
        <translation>
            <numerusform>%1 von %Ln Identität</numerusform>
            <numerusform>%1 von %Ln Identitäten</numerusform>
        </translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Hygiene findings over all of the person&apos;s accounts, most severe first</source>
        <translation>Befunde über alle Konten der Person, die schwersten zuerst</translation>
    </message>
</context>
<context>
    <name>attest::IntentResolutionBar</name>
    <message>
        <source>&amp;Resolve…</source>
        <translation>&amp;Klären…</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Read each target through its saved connection and record in the journal whether the change happened</source>
        <translation>Jedes Ziel über seine gespeicherte Verbindung lesen und im Journal verzeichnen, ob die Änderung erfolgt ist</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) may or may not have reached the directory: Attest recorded the intent and never the outcome (it was stopped, or the disk was full).</source>
        <translation>
            <numerusform>%n Änderung hat das Verzeichnis möglicherweise erreicht, möglicherweise nicht: Attest hat die Absicht verzeichnet, aber nie das Ergebnis (es wurde beendet, oder der Datenträger war voll).</numerusform>
            <numerusform>%n Änderungen haben das Verzeichnis möglicherweise erreicht, möglicherweise nicht: Attest hat die Absicht verzeichnet, aber nie das Ergebnis (es wurde beendet, oder der Datenträger war voll).</numerusform>
        </translation>
    </message>
    <message>
        <source>Record %1: %2 on %3</source>
        <translation>Eintrag %1: %2 für %3</translation>
    </message>
    <message>
        <source>No saved connection reaches the directories these changes were sent to: add one under Directory → Connections, or run attest journal resolve with that directory.</source>
        <translation>Keine gespeicherte Verbindung erreicht die Verzeichnisse, an die diese Änderungen gesendet wurden: Legen Sie unter Verzeichnis → Verbindungen eine an, oder führen Sie attest journal resolve mit diesem Verzeichnis aus.</translation>
    </message>
    <message>
        <source>Reading the targets from %1…</source>
        <translation>Die Ziele werden aus %1 gelesen…</translation>
    </message>
    <message>
        <source>Nothing was resolved: %1</source>
        <translation>Nichts wurde geklärt: %1</translation>
    </message>
</context>
<context>
    <name>attest::JustificationDialog</name>
    <message>
        <source>Justification</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Record the justification (Ctrl+Enter)</source>
        <translation>Begründung festhalten (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>%1 characters left · Ctrl+Enter records it</source>
        <translation>noch %1 Zeichen · Strg+Eingabe hält sie fest</translation>
    </message>
    <message>
        <source>%1 characters too long: shorten it to record it</source>
        <translation>%1 Zeichen zu lang: kürzen Sie sie, um sie festzuhalten</translation>
    </message>
    <message>
        <source>The justification is longer than %1 characters</source>
        <translation>Die Begründung ist länger als %1 Zeichen</translation>
    </message>
</context>
<context>
    <name>attest::LoadingOverlay</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 von %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>attest::MainWindow</name>
    <message>
        <source>Attest</source>
        <translation>Attest</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>&amp;Identities</source>
        <translation>&amp;Identitäten</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>&amp;Groups</source>
        <translation>&amp;Gruppen</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>&amp;Roles</source>
        <translation>&amp;Rollen</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>&amp;Privileged accounts</source>
        <translation>&amp;Privilegierte Konten</translation>
    </message>
    <message>
        <source>Privileged accounts</source>
        <translation>Privilegierte Konten</translation>
    </message>
    <message>
        <source>&amp;Audit trail</source>
        <translation>Prü&amp;fpfad</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Search actor, action, target, details… (Ctrl+F)</source>
        <translation>Akteur, Aktion, Ziel, Details suchen… (Strg+F)</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Benutzerdefinierter Zeitraum</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>Arbeitsbereich ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open the &amp;Demo Organisation</source>
        <translation>&amp;Demo-Organisation öffnen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Back to the previous object (Alt+Left)</source>
        <translation>Zurück zum vorigen Objekt (Alt+Links)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Vorwärts</translation>
    </message>
    <message>
        <source>Forward to the next object (Alt+Right)</source>
        <translation>Vorwärts zum nächsten Objekt (Alt+Rechts)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Attest</source>
        <translation>Ü&amp;ber Attest</translation>
    </message>
    <message>
        <source>About Attest</source>
        <translation>Über Attest</translation>
    </message>
    <message>
        <source>Attest %1

See who has access to what, find access sprawl, and prove it every quarter.</source>
        <translation>Attest %1

Sehen, wer worauf Zugriff hat, Berechtigungswildwuchs finden und es jedes Quartal belegen.</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>&amp;Snapshot:</source>
        <translation>&amp;Snapshot:</translation>
    </message>
    <message>
        <source>Could not create the folder for the demo workspace: %1</source>
        <translation>Der Ordner für den Demo-Arbeitsbereich konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>Creating the demo organisation…</source>
        <translation>Demo-Organisation wird erstellt…</translation>
    </message>
    <message>
        <source>Creating the demo organisation was cancelled.</source>
        <translation>Das Erstellen der Demo-Organisation wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Could not create the demo organisation: %1</source>
        <translation>Die Demo-Organisation konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>Opening %1 was cancelled; the workspace shown is unchanged.</source>
        <translation>Das Öffnen von %1 wurde abgebrochen; der angezeigte Arbeitsbereich ist unverändert.</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 — %2 (%3 identities)</source>
        <translation>%1 — %2 (%3 Identitäten)</translation>
    </message>
    <message>
        <source>%1 — Attest</source>
        <translation>%1 — Attest</translation>
    </message>
    <message>
        <source>%1 · snapshot %2 taken %3 · %4 accounts · %5 grants</source>
        <translation>%1 · Snapshot %2 vom %3 · %4 Konten · %5 Zuweisungen</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>Attest workspaces (*.attest);;All files (*)</source>
        <translation>Attest-Arbeitsbereiche (*.attest);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Preparing the panes</source>
        <translation>Ansichten werden vorbereitet</translation>
    </message>
    <message>
        <source>&amp;Directory</source>
        <translation>&amp;Verzeichnis</translation>
    </message>
    <message>
        <source>&amp;Sync Now…</source>
        <translation>Jetzt &amp;synchronisieren…</translation>
    </message>
    <message>
        <source>Read a saved directory connection into a new snapshot</source>
        <translation>Eine gespeicherte Verzeichnisverbindung in einen neuen Snapshot einlesen</translation>
    </message>
    <message>
        <source>Sync Now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation>&amp;Verbindung:</translation>
    </message>
    <message>
        <source>Cannot sync: %1</source>
        <translation>Synchronisieren nicht möglich: %1</translation>
    </message>
    <message>
        <source>no such connection</source>
        <translation>keine solche Verbindung</translation>
    </message>
    <message>
        <source>Syncing %1…</source>
        <translation>%1 wird synchronisiert…</translation>
    </message>
    <message>
        <source>Syncing %1 was cancelled; the workspace is unchanged.</source>
        <translation>Das Synchronisieren von %1 wurde abgebrochen; der Arbeitsbereich ist unverändert.</translation>
    </message>
    <message>
        <source>Syncing %1 failed; the workspace is unchanged: %2</source>
        <translation>Das Synchronisieren von %1 ist fehlgeschlagen; der Arbeitsbereich ist unverändert: %2</translation>
    </message>
    <message>
        <source>%1 · no snapshot yet: Directory → Sync Now reads a saved connection</source>
        <translation>%1 · noch kein Snapshot: Verzeichnis → Jetzt synchronisieren liest eine gespeicherte Verbindung</translation>
    </message>
    <message>
        <source>Revie&amp;ws</source>
        <translation>Ü&amp;berprüfungen</translation>
    </message>
    <message>
        <source>&amp;Verify Journal…</source>
        <translation>Journal &amp;überprüfen…</translation>
    </message>
    <message>
        <source>Check that no record of Attest&apos;s journal was changed, deleted, inserted or reordered</source>
        <translation>Prüfen, dass kein Datensatz des Attest-Journals geändert, gelöscht, eingefügt oder umsortiert wurde</translation>
    </message>
    <message>
        <source>&amp;Connections…</source>
        <translation>&amp;Verbindungen…</translation>
    </message>
    <message>
        <source>Add, edit, test and remove directory connections</source>
        <translation>Verzeichnisverbindungen hinzufügen, bearbeiten, testen und entfernen</translation>
    </message>
    <message>
        <source>&amp;New Campaign…</source>
        <translation>&amp;Neue Kampagne…</translation>
    </message>
    <message>
        <source>Start an access review of the loaded snapshot</source>
        <translation>Eine Zugriffsüberprüfung des geladenen Snapshots starten</translation>
    </message>
    <message>
        <source>Help Desk: Find &amp;Account</source>
        <translation>Helpdesk: &amp;Konto suchen</translation>
    </message>
    <message>
        <source>Help-Desk &amp;Mode</source>
        <translation>Helpdesk-&amp;Modus</translation>
    </message>
    <message>
        <source>Open a workspace first: connections are saved in it.</source>
        <translation>Öffnen Sie zuerst einen Arbeitsbereich: Verbindungen werden darin gespeichert.</translation>
    </message>
    <message>
        <source>This workspace has no directory connection yet. Add one now?</source>
        <translation>Dieser Arbeitsbereich hat noch keine Verzeichnisverbindung. Jetzt eine hinzufügen?</translation>
    </message>
    <message>
        <source>Synced %1; its audit log was not read: %2</source>
        <translation>%1 synchronisiert; das Prüfprotokoll wurde nicht gelesen: %2</translation>
    </message>
    <message>
        <source>Load a workspace with a snapshot first.</source>
        <translation>Laden Sie zuerst einen Arbeitsbereich mit einem Snapshot.</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>The journal is intact: %1 records, each chained to the one before and signed by this workspace&apos;s key.</source>
        <translation>Das Journal ist intakt: %1 Datensätze, jeder mit dem vorherigen verkettet und mit dem Schlüssel dieses Arbeitsbereichs signiert.</translation>
    </message>
    <message>
        <source>The journal does not verify: it has been changed outside Attest.</source>
        <translation>Das Journal lässt sich nicht verifizieren: Es wurde außerhalb von Attest geändert.</translation>
    </message>
    <message>
        <source>Attest&apos;s journal in this workspace does not verify — it may have been tampered with: %1</source>
        <translation>Das Attest-Journal in diesem Arbeitsbereich lässt sich nicht verifizieren — es wurde möglicherweise manipuliert: %1</translation>
    </message>
    <message>
        <source>%1 — Attest Help Desk</source>
        <translation>%1 — Attest Helpdesk</translation>
    </message>
    <message>
        <source>Sprawl &amp;Dashboard</source>
        <translation>Ausbreitungs-&amp;Dashboard</translation>
    </message>
    <message>
        <source>Show Access &amp;Paths</source>
        <translation>Zugriffs&amp;pfade anzeigen</translation>
    </message>
    <message>
        <source>Who can reach the selected entitlement, what the selected account can reach (Ctrl+Shift+P)</source>
        <translation>Wer die ausgewählte Berechtigung erreichen kann, was das ausgewählte Konto erreichen kann (Strg+Umschalt+P)</translation>
    </message>
    <message>
        <source>Access Pa&amp;ths</source>
        <translation>&amp;Zugriffspfade</translation>
    </message>
    <message>
        <source>Dash&amp;board</source>
        <translation>Dashb&amp;oard</translation>
    </message>
    <message>
        <source>R&amp;eviews</source>
        <translation>Überprüf&amp;ungen</translation>
    </message>
    <message>
        <source>Help Des&amp;k</source>
        <translation>Helpdes&amp;k</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Neuer Arbeitsbereich…</translation>
    </message>
    <message>
        <source>Start an empty workspace for your own organisation</source>
        <translation>Einen leeren Arbeitsbereich für Ihre eigene Organisation anlegen</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>&amp;Erste Schritte</translation>
    </message>
    <message>
        <source>What Attest does, what each tab shows and where to start</source>
        <translation>Was Attest tut, was jede Registerkarte zeigt und wo Sie anfangen</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <source>Attest workspaces (*.attest)</source>
        <translation>Attest-Arbeitsbereiche (*.attest)</translation>
    </message>
    <message>
        <source>%1 already exists; a new workspace never replaces a file. Open it with File → Open Workspace, or choose another name.</source>
        <translation>%1 gibt es bereits; ein neuer Arbeitsbereich ersetzt nie eine Datei. Öffnen Sie sie mit Datei → Arbeitsbereich öffnen, oder wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Could not create %1: %2</source>
        <translation>%1 konnte nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>This workspace is empty. Connect your directory (Directory → Connections…), then read it with Sync Now: each sync becomes a snapshot that the panes, the dashboard and reviews work on, and that the next one is compared with.</source>
        <translation>Dieser Arbeitsbereich ist leer. Verbinden Sie Ihr Verzeichnis (Verzeichnis → Verbindungen…) und lesen Sie es dann mit „Jetzt synchronisieren“ ein: Jede Synchronisierung wird ein Snapshot, mit dem die Listen, das Dashboard und die Überprüfungen arbeiten und mit dem der nächste verglichen wird.</translation>
    </message>
    <message>
        <source>You are looking at the demo organisation: %1 made-up people in a fictional company, so you can try everything safely; nothing here touches a real directory. Start with the dashboard to see where access has sprawled, open a person to see why they have what they have, or start a review. When you are ready, connect your own directory or start a new workspace (File → New Workspace).</source>
        <translation>Sie sehen die Demo-Organisation: %1 erfundene Personen in einem fiktiven Unternehmen, damit Sie alles gefahrlos ausprobieren können; nichts hier berührt ein echtes Verzeichnis. Beginnen Sie mit dem Dashboard, um zu sehen, wo sich Zugriffe ausgebreitet haben, öffnen Sie eine Person, um zu sehen, warum sie hat, was sie hat, oder starten Sie eine Überprüfung. Wenn Sie so weit sind, verbinden Sie Ihr eigenes Verzeichnis oder legen Sie einen neuen Arbeitsbereich an (Datei → Neuer Arbeitsbereich).</translation>
    </message>
    <message>
        <source>&amp;Reset Password…</source>
        <translation>Kennwort &amp;zurücksetzen…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>A&amp;ktivieren</translation>
    </message>
    <message>
        <source>D&amp;isable</source>
        <translation>Deakt&amp;ivieren</translation>
    </message>
    <message>
        <source>Panes and tools</source>
        <translation>Listen und Werkzeuge</translation>
    </message>
</context>
<context>
    <name>attest::MeasureTree</name>
    <message>
        <source>Measure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Accepted exceptions</source>
        <translation>Akzeptierte Ausnahmen</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>Changes since “%1”</source>
        <translation>Änderungen seit „%1“</translation>
    </message>
    <message>
        <source>Grants added</source>
        <translation>Hinzugefügte Zuweisungen</translation>
    </message>
    <message>
        <source>%1 (%2 privileged)</source>
        <translation>%1 (%2 privilegiert)</translation>
    </message>
    <message>
        <source>Effective grants this snapshot holds that “%1” did not, matched by account and entitlement keys.</source>
        <translation>Effektive Zuweisungen, die dieser Snapshot enthält, „%1“ aber nicht, abgeglichen über die Schlüssel von Konto und Berechtigung.</translation>
    </message>
    <message>
        <source>Grants removed</source>
        <translation>Entfernte Zuweisungen</translation>
    </message>
    <message>
        <source>Effective grants of “%1” that this snapshot no longer holds.</source>
        <translation>Effektive Zuweisungen von „%1“, die dieser Snapshot nicht mehr enthält.</translation>
    </message>
    <message>
        <source>Net change and rate</source>
        <translation>Nettoänderung und Rate</translation>
    </message>
    <message>
        <source>Added minus removed, as a share of the grants of “%1”, and scaled to 30 days.</source>
        <translation>Hinzugefügte minus entfernte, als Anteil der Zuweisungen von „%1“ und auf 30 Tage hochgerechnet.</translation>
    </message>
    <message>
        <source>Regressions of revoked access</source>
        <translation>Rückfälle widerrufener Zugriffe</translation>
    </message>
    <message>
        <source>Grants revoked in a closed access review that have come back.</source>
        <translation>In einer abgeschlossenen Zugriffsüberprüfung widerrufene Zuweisungen, die zurückgekehrt sind.</translation>
    </message>
    <message>
        <source>%1, %2 (%3 per 30 days)</source>
        <translation>%1, %2 (%3 pro 30 Tage)</translation>
    </message>
    <message>
        <source>Every measure, with its definition</source>
        <translation>Jede Kennzahl mit ihrer Definition</translation>
    </message>
</context>
<context>
    <name>attest::ObjectMenu</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öffnen</translation>
    </message>
    <message>
        <source>Show it in its pane and the detail panel</source>
        <translation>In seiner Ansicht und im Detailbereich anzeigen</translation>
    </message>
    <message>
        <source>Show Access &amp;Paths</source>
        <translation>Zugriffs&amp;pfade anzeigen</translation>
    </message>
    <message>
        <source>Copy &amp;Name</source>
        <translation>&amp;Namen kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;Login</source>
        <translation>&amp;Anmeldenamen kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;DN</source>
        <translation>&amp;DN kopieren</translation>
    </message>
    <message>
        <source>Copy E-&amp;mail</source>
        <translation>E-&amp;Mail kopieren</translation>
    </message>
</context>
<context>
    <name>attest::PasswordResetDialog</name>
    <message>
        <source>&amp;Generate a password</source>
        <translation>Kennwort &amp;erzeugen</translation>
    </message>
    <message>
        <source>T&amp;ype a password</source>
        <translation>Kennwort ein&amp;geben</translation>
    </message>
    <message>
        <source>A–Z</source>
        <translation>A–Z</translation>
    </message>
    <message>
        <source>a–z</source>
        <translation>a–z</translation>
    </message>
    <message>
        <source>0–9</source>
        <translation>0–9</translation>
    </message>
    <message>
        <source>Symbols</source>
        <translation>Sonderzeichen</translation>
    </message>
    <message>
        <source>No look-alikes (0 O 1 l I)</source>
        <translation>Keine verwechselbaren Zeichen (0 O 1 l I)</translation>
    </message>
    <message>
        <source>User must &amp;change the password at next logon</source>
        <translation>Benutzer muss das Kennwort bei der nächsten Anmeldung &amp;ändern</translation>
    </message>
    <message>
        <source>&amp;Unlock the account (it is locked)</source>
        <translation>Konto &amp;entsperren (es ist gesperrt)</translation>
    </message>
    <message>
        <source>&amp;Reset Password</source>
        <translation>Kennwort &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Reset Password</source>
        <translation>Kennwort zurücksetzen</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;%3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;%3</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> Zeichen</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Neues Kennwort</translation>
    </message>
    <message>
        <source>Again, to confirm</source>
        <translation>Zur Bestätigung wiederholen</translation>
    </message>
    <message>
        <source>e.g. INC-20417</source>
        <translation>z. B. INC-20417</translation>
    </message>
    <message>
        <source>e.g. forgotten password, caller verified</source>
        <translation>z. B. Kennwort vergessen, Anrufer geprüft</translation>
    </message>
    <message>
        <source>&amp;Ticket:</source>
        <translation>&amp;Ticket:</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>No caller verification was ticked.</source>
        <translation>Keine Prüfung des Anrufers angehakt.</translation>
    </message>
    <message>
        <source>Caller verified: %1.</source>
        <translation>Anrufer geprüft: %1.</translation>
    </message>
    <message>
        <source>Copied. The clipboard is cleared in 30 seconds and when Attest closes. This password is shown only now: it is not stored anywhere.</source>
        <translation>Kopiert. Die Zwischenablage wird in 30 Sekunden und beim Beenden von Attest geleert. Dieses Kennwort wird nur jetzt angezeigt und nirgends gespeichert.</translation>
    </message>
    <message>
        <source>Type the new password twice.</source>
        <translation>Geben Sie das neue Kennwort zweimal ein.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Die beiden Kennwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Strength: %1 (about %2 bits)%3</source>
        <translation>Stärke: %1 (etwa %2 Bit)%3</translation>
    </message>
    <message>
        <source>At least %1 characters.</source>
        <translation>Mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Nichts wurde geändert: %1</translation>
    </message>
    <message>
        <source> &lt;i&gt;(journal record %1)&lt;/i&gt;</source>
        <translation> &lt;i&gt;(Journaleintrag %1)&lt;/i&gt;</translation>
    </message>
    <message>
        <source>The account was not unlocked because the reset did not complete.</source>
        <translation>Das Konto wurde nicht entsperrt, weil das Zurücksetzen nicht abgeschlossen wurde.</translation>
    </message>
    <message>
        <source>The directory&apos;s password policy refused this password: %1. %2</source>
        <translation>Die Kennwortrichtlinie des Verzeichnisses hat dieses Kennwort abgelehnt: %1. %2</translation>
    </message>
    <message>
        <source>Press Reset Password to try a new generated one.</source>
        <translation>Drücken Sie „Kennwort zurücksetzen“, um ein neu erzeugtes zu versuchen.</translation>
    </message>
    <message>
        <source>Type another one.</source>
        <translation>Geben Sie ein anderes ein.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not everything worked.&lt;/b&gt;&lt;br&gt;</source>
        <translation>&lt;b&gt;Nicht alles hat funktioniert.&lt;/b&gt;&lt;br&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;br&gt;Give the user this password now; it is shown only once:</source>
        <translation>&lt;br&gt;&lt;br&gt;Geben Sie dem Benutzer jetzt dieses Kennwort; es wird nur einmal angezeigt:</translation>
    </message>
    <message>
        <source>Copy puts it on the clipboard, marked as a password, for 30 seconds.</source>
        <translation>„Kopieren“ legt es für 30 Sekunden als Kennwort gekennzeichnet in die Zwischenablage.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
</context>
<context>
    <name>attest::PersonLineEdit</name>
    <message>
        <source>Name, login, mail or identity key</source>
        <translation>Name, Anmeldename, E-Mail oder Identitätsschlüssel</translation>
    </message>
    <message>
        <source>No snapshot is open: there is nobody to choose from.</source>
        <translation>Kein Snapshot ist geöffnet: Es gibt niemanden zur Auswahl.</translation>
    </message>
</context>
<context>
    <name>attest::PrivilegedAccountModel</name>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>The identity the account belongs to</source>
        <translation>Die Identität, zu der das Konto gehört</translation>
    </message>
    <message>
        <source>Privileged entitlement</source>
        <translation>Privilegierte Berechtigung</translation>
    </message>
    <message>
        <source>The privileged entitlement reached by the shortest path</source>
        <translation>Die über den kürzesten Pfad erreichte privilegierte Berechtigung</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>How the account holds it: directly, or through which groups</source>
        <translation>Wie das Konto sie hält: direkt oder über welche Gruppen</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Why the entitlement counts as privileged</source>
        <translation>Warum die Berechtigung als privilegiert gilt</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>How many privileged entitlements the account holds</source>
        <translation>Wie viele privilegierte Berechtigungen das Konto hält</translation>
    </message>
    <message>
        <source>Last logon</source>
        <translation>Letzte Anmeldung</translation>
    </message>
    <message>
        <source>Password age</source>
        <translation>Kennwortalter</translation>
    </message>
    <message>
        <source>Days since the password was last set</source>
        <translation>Tage seit der letzten Kennwortänderung</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>No owner, stale, never logged on, password never changed or older than a year</source>
        <translation>Kein Besitzer, veraltet, nie angemeldet, Kennwort nie geändert oder älter als ein Jahr</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Kein Besitzer</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>%Ln privileged accounts</source>
        <translation>
            <numerusform>%Ln privilegiertes Konto</numerusform>
            <numerusform>%Ln privilegierte Konten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln privileged accounts</source>
        <translation>
            <numerusform>%1 von %Ln privilegierten Konto</numerusform>
            <numerusform>%1 von %Ln privilegierten Konten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>attest::ReassignDialog</name>
    <message>
        <source>Reassign</source>
        <translation>Neu zuweisen</translation>
    </message>
    <message>
        <source>Recorded with the reassignment</source>
        <translation>Wird mit der Neuzuweisung festgehalten</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;An:</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Warum:</translation>
    </message>
</context>
<context>
    <name>attest::RelationListModel</name>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Entitlement</source>
        <translation>Berechtigung</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <source>Privileged</source>
        <translation>Privilegiert</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>Last logon</source>
        <translation>Letzte Anmeldung</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>gesperrt</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Kein Besitzer</translation>
    </message>
    <message>
        <source>Privileged: %1</source>
        <translation>Privilegiert: %1</translation>
    </message>
</context>
<context>
    <name>attest::RemediationPlanDialog</name>
    <message>
        <source>&amp;Resolve Conflict…</source>
        <translation>Konflikt &amp;lösen…</translation>
    </message>
    <message>
        <source>Close Campaign: Remediation Plan</source>
        <translation>Kampagne schließen: Behebungsplan</translation>
    </message>
    <message>
        <source>Remediate: Remediation Plan</source>
        <translation>Beheben: Behebungsplan</translation>
    </message>
    <message>
        <source>Building the plan</source>
        <translation>Der Plan wird erstellt</translation>
    </message>
    <message>
        <source>Remediation plan</source>
        <translation>Behebungsplan</translation>
    </message>
    <message>
        <source>Choose a conflict in the table: the owner keeps the approved access or revokes anyway, with a reason.</source>
        <translation>Wählen Sie einen Konflikt in der Tabelle: die verantwortliche Person behält den genehmigten Zugriff oder widerruft trotzdem, mit Begründung.</translation>
    </message>
    <message>
        <source>&amp;Close Campaign</source>
        <translation>Kampagne &amp;schließen</translation>
    </message>
    <message>
        <source>Re&amp;mediate</source>
        <translation>&amp;Beheben</translation>
    </message>
    <message>
        <source>Building the plan on the campaign&apos;s snapshot…</source>
        <translation>Der Plan wird auf dem Snapshot der Kampagne erstellt…</translation>
    </message>
    <message>
        <source>The plan could not be made: %1</source>
        <translation>Der Plan konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>Closing &quot;%1&quot; cannot be undone: nothing can be decided afterwards.</source>
        <translation>Das Schließen von „%1“ kann nicht rückgängig gemacht werden: danach kann nichts mehr entschieden werden.</translation>
    </message>
    <message>
        <source>Remediating &quot;%1&quot; removes the access below through its source; each change is verified by reading it back and journaled.</source>
        <translation>Das Beheben von „%1“ entfernt den unten stehenden Zugriff über seine Quelle; jede Änderung wird durch erneutes Lesen geprüft und im Journal erfasst.</translation>
    </message>
    <message numerus="yes">
        <source>%n undecided item(s) get the no-response policy&apos;s verdict first; the plan includes them.</source>
        <translation>
            <numerusform>%n offener Eintrag erhält zuerst das Urteil der Regel für fehlende Antworten; der Plan enthält ihn.</numerusform>
            <numerusform>%n offene Einträge erhalten zuerst das Urteil der Regel für fehlende Antworten; der Plan enthält sie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n membership removal(s)</source>
        <translation>
            <numerusform>%n entfernte Mitgliedschaft</numerusform>
            <numerusform>%n entfernte Mitgliedschaften</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left for a person</source>
        <translation>
            <numerusform>%n einer Person überlassen</numerusform>
            <numerusform>%n einer Person überlassen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s), %1 unresolved</source>
        <translation>
            <numerusform>%n Konflikt, %1 ungelöst</numerusform>
            <numerusform>%n Konflikte, %1 ungelöst</numerusform>
        </translation>
    </message>
    <message>
        <source>An unresolved conflict keeps the approved access: its revoke is left for a person. Select it and resolve it (keep or revoke anyway, with a reason) before you continue, or later.</source>
        <translation>Ein ungelöster Konflikt behält den genehmigten Zugriff: sein Widerruf bleibt einer Person überlassen. Wählen Sie ihn aus und lösen Sie ihn (behalten oder trotzdem widerrufen, mit Begründung), bevor Sie fortfahren, oder später.</translation>
    </message>
    <message>
        <source>The campaign is signed off: its resolutions are final.</source>
        <translation>Die Kampagne ist abgezeichnet: ihre Lösungen sind endgültig.</translation>
    </message>
    <message>
        <source>This change is already made.</source>
        <translation>Diese Änderung ist bereits vorgenommen.</translation>
    </message>
    <message>
        <source>Keep the approved access or revoke anyway, with a reason (recorded).</source>
        <translation>Genehmigten Zugriff behalten oder trotzdem widerrufen, mit Begründung (wird erfasst).</translation>
    </message>
    <message>
        <source>Choose a conflict in the table.</source>
        <translation>Wählen Sie einen Konflikt in der Tabelle.</translation>
    </message>
    <message>
        <source>The resolution was recorded.</source>
        <translation>Die Lösung wurde erfasst.</translation>
    </message>
    <message>
        <source>The resolution was not recorded: %1</source>
        <translation>Die Lösung wurde nicht erfasst: %1</translation>
    </message>
</context>
<context>
    <name>attest::RemediationPlanModel</name>
    <message>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <source>%1 revoked by %2 (%3)</source>
        <translation>%1 widerrufen von %2 (%3)</translation>
    </message>
    <message>
        <source>%1 approved by %2 (%3)</source>
        <translation>%1 genehmigt von %2 (%3)</translation>
    </message>
    <message>
        <source>CONFLICT: %1; removing %2 also takes %3</source>
        <translation>KONFLIKT: %1; das Entfernen von %2 entzieht auch %3</translation>
    </message>
    <message>
        <source> — unresolved: the revoke is left for a person</source>
        <translation> — ungelöst: der Widerruf bleibt einer Person überlassen</translation>
    </message>
    <message>
        <source> — the resolution of %1 no longer applies: a decision changed after it</source>
        <translation> — die Lösung von %1 gilt nicht mehr: danach hat sich eine Entscheidung geändert</translation>
    </message>
    <message>
        <source> — resolved by %1: revoke anyway (&quot;%2&quot;)</source>
        <translation> — gelöst von %1: trotzdem widerrufen („%2“)</translation>
    </message>
    <message>
        <source> — resolved by %1: keep the approved access (&quot;%2&quot;)</source>
        <translation> — gelöst von %1: genehmigten Zugriff behalten („%2“)</translation>
    </message>
    <message>
        <source>Left for a person (conflict)</source>
        <translation>Einer Person überlassen (Konflikt)</translation>
    </message>
    <message>
        <source>Left for a person</source>
        <translation>Einer Person überlassen</translation>
    </message>
    <message>
        <source>Remove membership</source>
        <translation>Mitgliedschaft entfernen</translation>
    </message>
    <message>
        <source>Remove membership (conflict resolved)</source>
        <translation>Mitgliedschaft entfernen (Konflikt gelöst)</translation>
    </message>
    <message>
        <source>item %1 (%2)</source>
        <translation>Eintrag %1 (%2)</translation>
    </message>
    <message>
        <source>still reaches %1 another way</source>
        <translation>erreicht %1 weiterhin auf anderem Weg</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Zielgruppe</translation>
    </message>
    <message>
        <source>Items it serves</source>
        <translation>Betroffene Einträge</translation>
    </message>
    <message>
        <source>Also takes away</source>
        <translation>Entzieht außerdem</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>attest::ReviewItemModel</name>
    <message>
        <source>Approve</source>
        <translation>Genehmigen</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation>Weiß nicht</translation>
    </message>
    <message>
        <source>(no identity)</source>
        <translation>(keine Identität)</translation>
    </message>
    <message>
        <source>Privileged</source>
        <translation>Privilegiert</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Entitlement</source>
        <translation>Berechtigung</translation>
    </message>
    <message>
        <source>Access path</source>
        <translation>Zugriffspfad</translation>
    </message>
    <message>
        <source>Last logon</source>
        <translation>Letzte Anmeldung</translation>
    </message>
    <message>
        <source>Peers</source>
        <comment>share of peers with the same access</comment>
        <translation>Kollegen</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Decided at</source>
        <translation>Entschieden am</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Entschieden von</translation>
    </message>
</context>
<context>
    <name>attest::ReviewView</name>
    <message>
        <source>Bulk decision progress</source>
        <translation>Fortschritt der Massenentscheidung</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stops after the batch being written. Batches already written stay recorded; running the same bulk decision again finishes the rest.</source>
        <translation>Hält nach dem gerade geschriebenen Stapel an. Bereits geschriebene Stapel bleiben gespeichert; dieselbe Massenentscheidung erneut ausgeführt erledigt den Rest.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>progress: done of total</comment>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <source>Review items: A approve, R revoke, D don&apos;t know, J justification</source>
        <translation>Einträge der Überprüfung: A genehmigen, R widerrufen, D weiß nicht, J Begründung</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Entschieden</translation>
    </message>
    <message>
        <source>Revoke rate</source>
        <translation>Widerrufsquote</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Ca&amp;mpaign</source>
        <translation>Ka&amp;mpagne</translation>
    </message>
    <message>
        <source>Re&amp;assign…</source>
        <translation>&amp;Neu zuweisen…</translation>
    </message>
    <message>
        <source>Export &amp;Worksheet…</source>
        <translation>&amp;Arbeitsblatt exportieren…</translation>
    </message>
    <message>
        <source>&amp;Import Worksheet…</source>
        <translation>Arbeitsblatt &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Close Campaign…</source>
        <translation>Kampagne &amp;schließen…</translation>
    </message>
    <message>
        <source>&amp;Remediate…</source>
        <translation>&amp;Bereinigen…</translation>
    </message>
    <message>
        <source>&amp;Sign Off…</source>
        <translation>A&amp;bzeichnen…</translation>
    </message>
    <message>
        <source>&amp;Export Evidence…</source>
        <translation>Nachweise e&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Verify Evidence…</source>
        <translation>Nachweise &amp;prüfen…</translation>
    </message>
    <message>
        <source>Access review</source>
        <translation>Zugriffsüberprüfung</translation>
    </message>
    <message>
        <source>&lt;b&gt;Progress&lt;/b&gt;</source>
        <translation>&lt;b&gt;Fortschritt&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Export Worksheet</source>
        <translation>Arbeitsblatt exportieren</translation>
    </message>
    <message>
        <source>Import Worksheet</source>
        <translation>Arbeitsblatt importieren</translation>
    </message>
    <message>
        <source>Load a workspace to see its access reviews.</source>
        <translation>Laden Sie einen Arbeitsbereich, um seine Zugriffsüberprüfungen zu sehen.</translation>
    </message>
    <message>
        <source>Sign Off</source>
        <translation>Abzeichnen</translation>
    </message>
    <message>
        <source>As the owner of &quot;%1&quot; (%2), state what you sign off. Your name, the time and this statement go into the evidence and the journal.</source>
        <translation>Erklären Sie als Verantwortliche(r) von „%1“ (%2), was Sie abzeichnen. Ihr Name, die Uhrzeit und diese Erklärung gehen in die Nachweise und das Journal ein.</translation>
    </message>
    <message>
        <source>I have reviewed the decisions and the remediation of this campaign.</source>
        <translation>Ich habe die Entscheidungen und die Bereinigung dieser Kampagne geprüft.</translation>
    </message>
    <message>
        <source>Export Evidence Into</source>
        <translation>Nachweise exportieren nach</translation>
    </message>
    <message>
        <source>Evidence Folder to Verify</source>
        <translation>Zu prüfender Nachweisordner</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n item(s))</source>
        <translation>
            <numerusform>%1 (%n Eintrag)</numerusform>
            <numerusform>%1 (%n Einträge)</numerusform>
        </translation>
    </message>
    <message>
        <source>No access review yet: start one with Reviews → New Campaign…</source>
        <translation>Noch keine Zugriffsüberprüfung: Beginnen Sie eine mit Überprüfungen → Neue Kampagne…</translation>
    </message>
    <message>
        <source>Opening the campaign…</source>
        <translation>Die Kampagne wird geöffnet…</translation>
    </message>
    <message>
        <source>All reviewers (owner)</source>
        <translation>Alle Prüfer (Verantwortliche)</translation>
    </message>
    <message>
        <source>No item matches these filters.</source>
        <translation>Kein Eintrag passt zu diesen Filtern.</translation>
    </message>
    <message numerus="yes">
        <source>%1: showing %n item(s). A approve, R revoke, D don&apos;t know, J justification.</source>
        <translation>
            <numerusform>%1: %n Eintrag angezeigt. A genehmigen, R widerrufen, D weiß nicht, J Begründung.</numerusform>
            <numerusform>%1: %n Einträge angezeigt. A genehmigen, R widerrufen, D weiß nicht, J Begründung.</numerusform>
        </translation>
    </message>
    <message>
        <source>Why should this access be revoked?</source>
        <translation>Warum soll dieser Zugriff widerrufen werden?</translation>
    </message>
    <message>
        <source>Why should this access stay?</source>
        <translation>Warum soll dieser Zugriff bestehen bleiben?</translation>
    </message>
    <message>
        <source>%1 items reassigned to %2.</source>
        <translation>%1 Einträge an %2 neu zugewiesen.</translation>
    </message>
    <message>
        <source>Decide first (A, R or D), then add a justification.</source>
        <translation>Entscheiden Sie zuerst (A, R oder D) und fügen Sie dann eine Begründung hinzu.</translation>
    </message>
    <message>
        <source>Justification for this decision:</source>
        <translation>Begründung dieser Entscheidung:</translation>
    </message>
    <message>
        <source>No undecided item has a recommendation.</source>
        <translation>Kein offener Eintrag hat eine Empfehlung.</translation>
    </message>
    <message numerus="yes">
        <source>Accept the recommendation for %n undecided item(s)? Decided items are not changed.</source>
        <translation>
            <numerusform>Die Empfehlung für %n offenen Eintrag übernehmen? Entschiedene Einträge bleiben unverändert.</numerusform>
            <numerusform>Die Empfehlungen für %n offene Einträge übernehmen? Entschiedene Einträge bleiben unverändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accepted %n recommendation(s).</source>
        <translation>
            <numerusform>%n Empfehlung übernommen.</numerusform>
            <numerusform>%n Empfehlungen übernommen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling: finishing the batch being written…</source>
        <translation>Wird abgebrochen: Der gerade geschriebene Stapel wird fertiggestellt…</translation>
    </message>
    <message>
        <source>A bulk decision is still being recorded on this campaign: wait for it or cancel it.</source>
        <translation>In dieser Kampagne wird noch eine Massenentscheidung gespeichert: Warten Sie darauf oder brechen Sie sie ab.</translation>
    </message>
    <message>
        <source>Another bulk decision is still being recorded: wait for it or cancel it.</source>
        <translation>Eine andere Massenentscheidung wird noch gespeichert: Warten Sie darauf oder brechen Sie sie ab.</translation>
    </message>
    <message>
        <source>Recording %1 decisions in batches of %2. Cancel stops after the batch being written: batches already written stay recorded, the rest stays undecided.</source>
        <translation>%1 Entscheidungen werden in Stapeln zu %2 gespeichert. „Abbrechen“ hält nach dem gerade geschriebenen Stapel an: Bereits geschriebene Stapel bleiben gespeichert, der Rest bleibt offen.</translation>
    </message>
    <message>
        <source>Recording the bulk decision…</source>
        <translation>Die Massenentscheidung wird gespeichert…</translation>
    </message>
    <message>
        <source>The bulk decision stopped: %1. %2 of %3 decisions were recorded (whole batches).</source>
        <translation>Die Massenentscheidung wurde angehalten: %1. %2 von %3 Entscheidungen wurden gespeichert (ganze Stapel).</translation>
    </message>
    <message>
        <source>Cancelled: %1 of %2 decisions were recorded (whole batches); the rest is undecided.</source>
        <translation>Abgebrochen: %1 von %2 Entscheidungen wurden gespeichert (ganze Stapel); der Rest ist offen.</translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n decision(s).</source>
        <translation>
            <numerusform>%n Entscheidung gespeichert.</numerusform>
            <numerusform>%n Entscheidungen gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a reviewer first: a worksheet holds one reviewer&apos;s items.</source>
        <translation>Wählen Sie zuerst einen Prüfer: Ein Arbeitsblatt enthält die Einträge eines Prüfers.</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Wrote the worksheet of %1 to %2.</source>
        <translation>Das Arbeitsblatt von %1 wurde nach %2 geschrieben.</translation>
    </message>
    <message>
        <source>Choose the reviewer whose worksheet this is first.</source>
        <translation>Wählen Sie zuerst den Prüfer, dem dieses Arbeitsblatt gehört.</translation>
    </message>
    <message>
        <source>Worksheets (*.xlsx *.csv);;Excel workbook (*.xlsx);;CSV (*.csv);;All files (*)</source>
        <translation>Arbeitsblätter (*.xlsx *.csv);;Excel-Arbeitsmappe (*.xlsx);;CSV (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiteres</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n decision(s) from %1 row(s); %2 unchanged, %3 without a decision.</source>
        <translation>
            <numerusform>%n Entscheidung aus %1 Zeile(n) importiert; %2 unverändert, %3 ohne Entscheidung.</numerusform>
            <numerusform>%n Entscheidungen aus %1 Zeile(n) importiert; %2 unverändert, %3 ohne Entscheidung.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>⚠ Rubber stamp: approved (nearly) everything, fast</source>
        <translation>⚠ Durchgewunken: (fast) alles genehmigt, und schnell</translation>
    </message>
    <message>
        <source>Overall: %1 of %2 decided (%3 %), %4 revoked, %5 overdue. Decided by reviewers %6 (delegates %7), by the owner on their behalf %8, by the no-response policy %9; don&apos;t know %10.</source>
        <translation>Gesamt: %1 von %2 entschieden (%3 %), %4 widerrufen, %5 überfällig. Entschieden von Prüfern %6 (davon Vertretungen %7), vom Verantwortlichen in ihrem Namen %8, durch die Regel für fehlende Antworten %9; „weiß nicht“ %10.</translation>
    </message>
    <message>
        <source>The campaign is closed: nothing can be decided or reassigned any more.</source>
        <translation>Die Kampagne ist geschlossen: Es kann nichts mehr entschieden oder neu zugewiesen werden.</translation>
    </message>
    <message>
        <source>The campaign is already closed.</source>
        <translation>Die Kampagne ist bereits geschlossen.</translation>
    </message>
    <message>
        <source>Close the campaign first: remediation follows the final decisions.</source>
        <translation>Schließen Sie zuerst die Kampagne: Die Bereinigung folgt den endgültigen Entscheidungen.</translation>
    </message>
    <message>
        <source>The campaign is signed off.</source>
        <translation>Die Kampagne ist abgezeichnet.</translation>
    </message>
    <message>
        <source>Close the campaign before signing it off.</source>
        <translation>Schließen Sie die Kampagne, bevor Sie sie abzeichnen.</translation>
    </message>
    <message>
        <source>Give the selected items to:</source>
        <translation>Die ausgewählten Einträge geben an:</translation>
    </message>
    <message>
        <source>Give every undecided item of %1 to:</source>
        <translation>Jeden unentschiedenen Eintrag von %1 geben an:</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Bestätigen</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Entziehen…</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t Know</source>
        <translation>&amp;Weiß nicht</translation>
    </message>
    <message>
        <source>&amp;Justification…</source>
        <translation>Be&amp;gründung…</translation>
    </message>
    <message>
        <source>Open a campaign first.</source>
        <translation>Öffnen Sie zuerst eine Kampagne.</translation>
    </message>
    <message>
        <source>Cannot read the campaigns: %1</source>
        <translation>Die Kampagnen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The previous change is still being recorded: try again in a moment.</source>
        <translation>Die vorige Änderung wird noch gespeichert: Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Unde&amp;cided</source>
        <translation>Off&amp;en</translation>
    </message>
    <message>
        <source>Rec&amp;ommended revoke</source>
        <translation>&amp;Widerruf empfohlen</translation>
    </message>
    <message>
        <source>Privi&amp;leged</source>
        <translation>Privi&amp;legiert</translation>
    </message>
    <message>
        <source>Overd&amp;ue</source>
        <translation>&amp;Überfällig</translation>
    </message>
    <message>
        <source>Accept recomme&amp;ndations…</source>
        <translation>Empfehlungen über&amp;nehmen…</translation>
    </message>
    <message>
        <source>Campaign:</source>
        <translation>Kampagne:</translation>
    </message>
    <message>
        <source>Reviewer:</source>
        <translation>Prüfer:</translation>
    </message>
    <message>
        <source>Progress by reviewer</source>
        <translation>Fortschritt nach Prüfer</translation>
    </message>
    <message>
        <source>Search person, account, entitlement, reviewer… (Ctrl+F)</source>
        <translation>Person, Konto, Berechtigung, Prüfer suchen… (Strg+F)</translation>
    </message>
    <message>
        <source>Cancelling: the batch being written is finished first.</source>
        <translation>Wird abgebrochen: Der Stapel, der gerade geschrieben wird, wird zuerst abgeschlossen.</translation>
    </message>
    <message>
        <source>A bulk decision is being recorded: wait for it or cancel it.</source>
        <translation>Eine Massenentscheidung wird gespeichert: Warten Sie darauf oder brechen Sie sie ab.</translation>
    </message>
    <message>
        <source>Search the review items</source>
        <translation>Überprüfungspositionen durchsuchen</translation>
    </message>
</context>
<context>
    <name>attest::SodPolicyDialog</name>
    <message>
        <source>Separation of Duties</source>
        <translation>Funktionstrennung</translation>
    </message>
    <message>
        <source>Each rule names entitlements that must not be held together (by key, DN or name; separate them with ;). Anyone holding two or more of a rule&apos;s entitlements — through any of their accounts, directly or through groups — violates it.</source>
        <translation>Jede Regel nennt Berechtigungen, die nicht zusammen gehalten werden dürfen (per Schlüssel, DN oder Name; trennen Sie sie mit ;). Wer zwei oder mehr Berechtigungen einer Regel hält — über eines seiner Konten, direkt oder über Gruppen —, verstößt gegen sie.</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Entitlements (separated by ;)</source>
        <translation>Berechtigungen (getrennt durch ;)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>&amp;Add Rule</source>
        <translation>Regel &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove Rule</source>
        <translation>Regel &amp;entfernen</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>Neue Regel</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
</context>
<context>
    <name>attest::SubjectListModel</name>
    <message>
        <source>(no identity)</source>
        <translation>(keine Identität)</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>(kein Besitzer)</translation>
    </message>
    <message>
        <source>privileged</source>
        <translation>privilegiert</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Last logon</source>
        <translation>Letzte Anmeldung</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Entitlement</source>
        <translation>Berechtigung</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Effective members</source>
        <translation>Effektive Mitglieder</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
</context>
<context>
    <name>attest::SubjectListPanel</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öffnen</translation>
    </message>
    <message>
        <source>Filter the list…</source>
        <translation>Liste filtern…</translation>
    </message>
    <message>
        <source>Show the selected row in its pane (or double-click it)</source>
        <translation>Die ausgewählte Zeile in ihrer Ansicht anzeigen (oder doppelklicken)</translation>
    </message>
    <message>
        <source>Show how the selected row gets its access (or who reaches it) in the Access Paths tab</source>
        <translation>Im Register „Zugriffspfade“ zeigen, woher die ausgewählte Zeile ihren Zugriff hat (oder wer sie erreicht)</translation>
    </message>
    <message>
        <source>Leave the selected findings out of the counts, with a reason, an approver and an expiry date</source>
        <translation>Die ausgewählten Befunde mit Begründung, genehmigender Person und Ablaufdatum aus den Zählungen herausnehmen</translation>
    </message>
    <message>
        <source>A&amp;ccess Paths</source>
        <translation>Pfade zeige&amp;n</translation>
    </message>
    <message>
        <source>Accept as Exceptio&amp;n…</source>
        <translation>A&amp;ls Ausnahme akzeptieren…</translation>
    </message>
    <message>
        <source>Filter the list</source>
        <translation>Liste filtern</translation>
    </message>
    <message>
        <source>Accept as E&amp;xception…</source>
        <translation>Als A&amp;usnahme akzeptieren…</translation>
    </message>
    <message>
        <source>Select a row of the list first.</source>
        <translation>Wählen Sie zuerst eine Zeile der Liste aus.</translation>
    </message>
    <message>
        <source>The list is of another snapshot than the one open: choose that snapshot in the toolbar to show its rows.</source>
        <translation>Die Liste gehört zu einem anderen Snapshot als dem geöffneten: Wählen Sie diesen Snapshot in der Werkzeugleiste, um seine Zeilen anzuzeigen.</translation>
    </message>
    <message>
        <source>Select the findings to accept first.</source>
        <translation>Wählen Sie zuerst die zu akzeptierenden Befunde aus.</translation>
    </message>
    <message>
        <source>The list behind the figure</source>
        <translation>Die Liste hinter der Zahl</translation>
    </message>
</context>
<context>
    <name>attest::TableModelBase</name>
    <message>
        <source>Findings: %1</source>
        <translation>Befunde: %1</translation>
    </message>
</context>
<context>
    <name>attest::TablePane</name>
    <message>
        <source>Search name, login, mail, department… (Ctrl+F)</source>
        <translation>Name, Anmeldename, E-Mail, Abteilung suchen… (Strg+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Choose the columns to show</source>
        <translation>Anzuzeigende Spalten wählen</translation>
    </message>
    <message>
        <source>Nothing to show in this snapshot.</source>
        <translation>In diesem Snapshot gibt es nichts anzuzeigen.</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Nichts entspricht „%1“.</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>Auf Standard zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Copy Row</source>
        <translation>Zeile &amp;kopieren</translation>
    </message>
</context>
<context>
    <name>attest::ZipReader</name>
    <message>
        <source>not a ZIP archive (too short)</source>
        <translation>kein ZIP-Archiv (zu kurz)</translation>
    </message>
    <message>
        <source>not a ZIP archive, or a truncated one (no end of central directory)</source>
        <translation>kein ZIP-Archiv oder ein abgeschnittenes (kein Ende des zentralen Verzeichnisses)</translation>
    </message>
    <message>
        <source>ZIP64 archives are not supported</source>
        <translation>ZIP64-Archive werden nicht unterstützt</translation>
    </message>
    <message>
        <source>split ZIP archives are not supported</source>
        <translation>geteilte ZIP-Archive werden nicht unterstützt</translation>
    </message>
    <message>
        <source>the archive has more than %1 entries</source>
        <translation>das Archiv hat mehr als %1 Einträge</translation>
    </message>
    <message>
        <source>the central directory lies outside the archive (truncated file?)</source>
        <translation>das zentrale Verzeichnis liegt außerhalb des Archivs (abgeschnittene Datei?)</translation>
    </message>
    <message>
        <source>central directory entry %1 is damaged</source>
        <translation>Eintrag %1 des zentralen Verzeichnisses ist beschädigt</translation>
    </message>
    <message>
        <source>%1 is encrypted</source>
        <translation>%1 ist verschlüsselt</translation>
    </message>
    <message>
        <source>%1 appears twice in the archive</source>
        <translation>%1 kommt zweimal im Archiv vor</translation>
    </message>
    <message>
        <source>missing from the archive</source>
        <translation>fehlt im Archiv</translation>
    </message>
    <message>
        <source>compressed with an unsupported method (%1)</source>
        <translation>mit einer nicht unterstützten Methode komprimiert (%1)</translation>
    </message>
    <message>
        <source>its local header is damaged</source>
        <translation>sein lokaler Header ist beschädigt</translation>
    </message>
    <message>
        <source>its local header names another entry</source>
        <translation>sein lokaler Header nennt einen anderen Eintrag</translation>
    </message>
    <message>
        <source>its data runs past the end (truncated file?)</source>
        <translation>seine Daten reichen über das Ende hinaus (abgeschnittene Datei?)</translation>
    </message>
    <message>
        <source>stored with inconsistent sizes</source>
        <translation>mit widersprüchlichen Größen gespeichert</translation>
    </message>
    <message>
        <source>cannot start decompression</source>
        <translation>Dekomprimierung kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>unpacks to more than its declared size</source>
        <translation>entpackt zu mehr als der angegebenen Größe</translation>
    </message>
    <message>
        <source>its compressed data is damaged</source>
        <translation>seine komprimierten Daten sind beschädigt</translation>
    </message>
    <message>
        <source>unpacks to a size other than declared</source>
        <translation>entpackt zu einer anderen als der angegebenen Größe</translation>
    </message>
    <message>
        <source>its checksum does not match (damaged file)</source>
        <translation>seine Prüfsumme stimmt nicht (beschädigte Datei)</translation>
    </message>
    <message>
        <source>unpacks to %1, over the limit of %2</source>
        <translation>entpackt %1, über der Grenze von %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Identity and access management console</source>
        <translation>Konsole für Identitäts- und Zugriffsverwaltung</translation>
    </message>
    <message>
        <source>Open this workspace file.</source>
        <translation>Diese Arbeitsbereichsdatei öffnen.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Help-desk mode: only account search, the account card and its actions.</source>
        <translation>Helpdesk-Modus: nur Kontosuche, die Kontokarte und ihre Aktionen.</translation>
    </message>
</context>
</TS>
