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
</context>
<context>
    <name>CertificateProbe</name>
    <message>
        <source>"%1" is not an LDAP URL such as ldaps://directory.example.com</source>
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
        <source>The base DN "%1" is not a distinguished name such as dc=example,dc=com.</source>
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
    <name>Journal</name>
    <message>
        <source>cannot create the folder for journal keys: %1</source>
        <translation>der Ordner für Journalschlüssel kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>the journal key %1 does not belong to this workspace</source>
        <translation>der Journalschlüssel %1 gehört nicht zu diesem Arbeitsbereich</translation>
    </message>
    <message>
        <source>this workspace's journal key is not on this computer (expected at %1)</source>
        <translation>der Journalschlüssel dieses Arbeitsbereichs ist nicht auf diesem Computer (erwartet unter %1)</translation>
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
        <source>record %1 is not signed by this workspace's journal key</source>
        <translation>Datensatz %1 ist nicht mit dem Journalschlüssel dieses Arbeitsbereichs signiert</translation>
    </message>
    <message>
        <source>the journal ends before record %1, the last one written: records were removed from its end</source>
        <translation>das Journal endet vor Datensatz %1, dem zuletzt geschriebenen: Am Ende wurden Datensätze entfernt</translation>
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
        <source>the server's size limit cut the result short; ask for an unlimited limit for this reader</source>
        <translation>das Größenlimit des Servers hat das Ergebnis abgeschnitten; fordern Sie für dieses Lesekonto ein unbegrenztes Limit an</translation>
    </message>
    <message>
        <source>the server's time limit cut the result short</source>
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
        <source>the entry's object class does not allow this</source>
        <translation>die Objektklasse des Eintrags lässt dies nicht zu</translation>
    </message>
    <message>
        <source>"%1" is not an LDAP URL such as ldaps://directory.example.com</source>
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
        <source>The base DN "%1" must start with dc=, o= or ou=.</source>
        <translation>Der Basis-DN „%1“ muss mit dc=, o= oder ou= beginnen.</translation>
    </message>
    <message>
        <source>Could not write the LDIF: %1</source>
        <translation>Das LDIF konnte nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>OpenLdapProfile</name>
    <message>
        <source>%1 member values name entries that do not exist or are outside the base; they were left out</source>
        <translation>%1 member-Werte verweisen auf Einträge, die nicht existieren oder außerhalb der Basis liegen; sie wurden ausgelassen</translation>
    </message>
    <message>
        <source>%1 memberUid values match no account's uid; they were left out</source>
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
        <source>The system's random number generator failed.</source>
        <translation>Der Zufallszahlengenerator des Systems ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Could not draw a password holding every kind of character.</source>
        <translation>Es konnte kein Kennwort erzeugt werden, das jede Zeichenart enthält.</translation>
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
</context>
<context>
    <name>attest</name>
    <message>
        <source>cannot read the audit log %1 (it does not exist or the bind identity may not read it)</source>
        <translation>das Prüfprotokoll %1 kann nicht gelesen werden (es existiert nicht, oder die Bind-Identität darf es nicht lesen)</translation>
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
        <source>The directory's own audit log, or Attest's journal</source>
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
        <source>The directory's own audit log</source>
        <translation>Das eigene Prüfprotokoll des Verzeichnisses</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
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
        <source>The identity's key in the HR system</source>
        <translation>Der Schlüssel der Identität im Personalsystem</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Anmeldename</translation>
    </message>
    <message>
        <source>Logins of the identity's accounts</source>
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
        <source>Most recent logon over all of the identity's accounts</source>
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
        <source>This workspace has no saved directory connection. Add one with attest connection add NAME --workspace FILE …</source>
        <translation>Dieser Arbeitsbereich hat keine gespeicherte Verzeichnisverbindung. Fügen Sie eine mit attest connection add NAME --workspace DATEI … hinzu</translation>
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
        <source>Password for %1 (kept only until Attest closes):</source>
        <translation>Kennwort für %1 (nur bis zum Beenden von Attest aufbewahrt):</translation>
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
</context>
</TS>