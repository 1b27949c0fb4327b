<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AppController</name>
    <message>
        <source>Cannot open the local data file %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter your login and password.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n change(s) not yet synced or refused by the server. Signing out discards them.</source>
        <translation>
            <numerusform>%n change not yet synced or refused by the server. Signing out discards them.</numerusform>
            <numerusform>%n changes not yet synced or refused by the server. Signing out discards them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign-out failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot reach the server: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed out by the server: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot set the damaged data file aside: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Too many sign-in attempts. Try again in %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server is busy. The app tries again in %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CheckInStatusChip</name>
    <message>
        <source>Verified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outside radius · %1 away</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outside radius</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No position fix</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Manual check-in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customer has no stored position</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CodeLabels</name>
    <message>
        <source>Discovery</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Qualification</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Proposal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Negotiation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Closing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Following</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On hold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Won</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contacted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Qualified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Converted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invalid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Potential</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lost</source>
        <comment>customer lifecycle</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CommentCard</name>
    <message>
        <source>Your manager on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your manager</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConflictListModel</name>
    <message>
        <source>(empty)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The conflict log is on the server: connect to the network to review it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The value was re-applied; every device gets it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The conflict was dismissed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No open conflicts: no two edits of the same field have met since the last review.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No conflicts here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 “%2” · %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>record deleted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>re-applied by %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>dismissed by %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kept</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re-apply lost value</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CustomerDetailPage</name>
    <message>
        <source>Record visit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No visits yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan visit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This customer is no longer on this device.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opportunities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No opportunities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Segment %1, score %2 of 100</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CustomerFilterSheet</name>
    <message>
        <source>Filter customers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lifecycle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No customers to filter yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value segment</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CustomerListPage</name>
    <message>
        <source>Customers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not yet synced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading customers…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No customers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search name, phone, contact, tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Level %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No customer matches</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Showing the first %1 matches. Type more to narrow the search.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DomainLabels</name>
    <message>
        <source>Customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opportunity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stage change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Org unit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Latitude</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Longitude</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lifecycle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tax ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Credit level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lead pool</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Duplicate of</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason for invalid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Converted to customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Converted to opportunity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expected close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason for loss</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rep</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Planned time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check-in time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check-in latitude</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check-in longitude</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check-in accuracy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Position source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Position age</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Distance from customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check-in result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Server check-in result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check-out time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check-out latitude</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check-out longitude</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check-out accuracy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow-up date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read at</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Related to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Related record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Done at</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changed at</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changed by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created at</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Updated at</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Partly overwritten</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Moved to another book</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invalid data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not allowed for your role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record not found or no longer yours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record already exists</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key field: needs a manager's approval</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved in another rep's book</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deletion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sales rep</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Headquarters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key field: waits for a manager's approval</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key field change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value segment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Old value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Requested by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Requested at</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Requested from device</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decided by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decided at</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decision note</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DueDates</name>
    <message>
        <source>1 day late</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 days late</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DuplicatesModel</name>
    <message>
        <source>same phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>same company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>same person and company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pool</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Merge %1 done: %2 linked records moved to the survivor.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Merge %1 undone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Merge %1 undone; %2 linked records changed since stay with the survivor.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <source>Duplicates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reviewing duplicates needs a connection to the server. Try again when you are online.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No duplicates found.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n record(s): %1</source>
        <translation>
            <numerusform>%n record: %1</numerusform>
            <numerusform>%n records: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge into the chosen one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keeps (survivor)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep this one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Owner: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recent merges</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>None yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) · %1 · %2</source>
        <translation>
            <numerusform>%n duplicate · %1 · %2</numerusform>
            <numerusform>%n duplicates · %1 · %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Undone</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EditSupport</name>
    <message>
        <source>Required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Too long: at most %1 bytes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter a real date as YYYY-MM-DD.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter a valid date and time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contains characters that cannot be stored.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Formatter</name>
    <message>
        <source>%1 m</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 km</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>InitialSyncPanel</name>
    <message>
        <source>Downloading your customers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The first sync brings your whole book onto this phone, so that it works without a network. This happens once.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>KeyFieldHistorySection</name>
    <message>
        <source>Key-field history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No key-field changes yet</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>System language (%1)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LeadActions</name>
    <message>
        <source>Enter a person or a company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This lead is no longer on this device.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This lead is already closed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First deal with %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say why the lead is invalid</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LeadDetailPage</name>
    <message>
        <source>Mark invalid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Qualify</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This lead is no longer on this device.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Captured</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason invalid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why is the lead invalid?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. wrong number, no need</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LeadFormPage</name>
    <message>
        <source>New lead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save anyway</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save lead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name of the person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Company name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Possible duplicate: %n record(s) on this device</source>
        <translation>
            <numerusform>Possible duplicate: %n record on this device</numerusform>
            <numerusform>Possible duplicate: %n records on this device</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>same phone and company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>same phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>same company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You can still save the lead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. trade fair, referral</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LeadListPage</name>
    <message>
        <source>Leads</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search person, company, phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No leads here</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LeadPoolModel</name>
    <message>
        <source>(no pool)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n lead(s) assigned.</source>
        <translation>
            <numerusform>%n lead assigned.</numerusform>
            <numerusform>%n leads assigned.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadPoolPage</name>
    <message>
        <source>Lead pools</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lead pools need a connection to the server. Try again when you are online.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No unassigned leads.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Priority: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Region: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a pool to see its leads.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assign to</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Assign %n lead(s)</source>
        <translation>
            <numerusform>Assign %n lead</numerusform>
            <numerusform>Assign %n leads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeaderComment</name>
    <message>
        <source>Only managers and headquarters write comments.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This visit is not on this device.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write a comment first</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Field CRM</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ManagementClient</name>
    <message>
        <source>Cannot reach the server: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server sent an unreadable answer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not signed in.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ManagementNav</name>
    <message>
        <source>Team review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revisions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Duplicates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lead pools</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Org and users</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MasterDetailPane</name>
    <message>
        <source>Select an item on the left</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OpportunityActions</name>
    <message>
        <source>Say why the deal was lost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Please correct the marked fields.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This opportunity is no longer on this device.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OpportunityDetailPage</name>
    <message>
        <source>This opportunity is no longer on this device.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason lost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Terms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amount (CNY)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. 120000</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expected close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save amount and date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stage history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No changes yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opened in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why was the deal lost?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark lost</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OpportunityFormPage</name>
    <message>
        <source>New opportunity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save opportunity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What is being sold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amount (CNY)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. 120000</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expected close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OpportunityListPage</name>
    <message>
        <source>Deals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All stages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No deals here</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OpportunityRow</name>
    <message>
        <source>closes %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OrgModel</name>
    <message>
        <source>Check the highlighted fields.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Org changes need a connection to the server: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At most %1 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unit %1 added under %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A unit cannot be its own parent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unit %1 moved under %2; devices re-scope at their next sync.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Letters, digits and . _ @ - only, no spaces.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a role.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At least %1 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The password must not be the login.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User %1 added to %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 moved to %2; devices re-scope at their next sync.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose another person to take the book.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is deactivated.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was deactivated.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was deactivated; the book now belongs to %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is active again and signs in afresh.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 can no longer sign in; the data on their devices is removed at their next contact with the server (edits they had not synced are kept in the server's rejection log).</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1's %n record(s) stay without a new owner.</source>
        <translation>
            <numerusform>%1's %n record stay without a new owner.</numerusform>
            <numerusform>%1's %n records stay without a new owner.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) (customers, leads, deals, tasks, with their contacts and visits) move from %1 to %2.</source>
        <translation>
            <numerusform>%n record (customers, leads, deals, tasks, with their contacts and visits) move from %1 to %2.</numerusform>
            <numerusform>%n records (customers, leads, deals, tasks, with their contacts and visits) move from %1 to %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>two sentences in a row</comment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OrgPage</name>
    <message>
        <source>Organization</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n unit</numerusform>
            <numerusform>%n units</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n device</numerusform>
            <numerusform>%n devices</numerusform>
        </translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pick a person in the tree</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hand the book to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deactivate…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reactivate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a unit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unit name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>under</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move a unit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a user</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Initial password (8 or more characters)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add user</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deactivate %1?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PasswordChange</name>
    <message>
        <source>Enter your current password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter a new password.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The new password needs at least %n characters.</source>
        <translation>
            <numerusform>The new password needs at least %n characters.</numerusform>
            <numerusform>The new password needs at least %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The new password may have at most %n characters.</source>
        <translation>
            <numerusform>The new password may have at most %n characters.</numerusform>
            <numerusform>The new password may have at most %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The new password must not be your login.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Repeat the new password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not signed in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changing the password needs the server, and it cannot be reached now. Nothing was changed; try again when you are online.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is not your current password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server does not accept this new password: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Too many attempts. Try again in %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Too many attempts. Try again later.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PasswordPage</name>
    <message>
        <source>Change password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your other devices are signed out when the password changes; this one stays signed in. Changing the password needs a connection to the server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Current password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation>
            <numerusform>At least %n characters</numerusform>
            <numerusform>At least %n characters</numerusform>
        </translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Password changed. %n other sign-in(s) of yours were signed out.</source>
        <translation>
            <numerusform>Password changed. %n other sign-in of yours was signed out.</numerusform>
            <numerusform>Password changed. %n other sign-ins of yours were signed out.</numerusform>
        </translation>
    </message>
    <message>
        <source>Password changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changing…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PendingMarker</name>
    <message>
        <source>not yet synced</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PendingRevisionBanner</name>
    <message>
        <source>Pending approval</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 → %3 (asked by %4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PlanVisitPage</name>
    <message>
        <source>Plan a visit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan visit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search customers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>HH:MM</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReassignButton</name>
    <message>
        <source>Reassign</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reassign to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Now with %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nobody to hand this to</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Reassignment</name>
    <message>
        <source>Only managers and headquarters reassign.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only customers and leads can be reassigned.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pick someone of your team.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This record is not on this device.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>Not signed in.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecordValidation</name>
    <message>
        <source>Required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter a date as YYYY-MM-DD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter a number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Must be at least %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Must be at most %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Too long (at most %1 bytes)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose one of the offered values</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contains characters that cannot be stored</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecordWriter</name>
    <message>
        <source>Not signed in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Please correct the marked fields.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RepDayCard</name>
    <message>
        <source>Visits %1 done · %2 planned</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n flagged check-in(s)</source>
        <translation>
            <numerusform>%n flagged check-in</numerusform>
            <numerusform>%n flagged check-ins</numerusform>
        </translation>
    </message>
    <message>
        <source>All check-ins verified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In %1 · out %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tasks %1 done · %2 overdue</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReportsModel</name>
    <message>
        <source>The end of the period must be after its start.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Qualified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Converted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Won</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This quarter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To (exclusive)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All teams</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading the reports…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Offline: figures of %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 – %2, figures of %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sales funnel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 · ¥%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lead → opportunity %1 · opportunity → won %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customer lifecycle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Potential</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Retained</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Won back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All customers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New, bought again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conversion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Churn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Repurchase (new)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check-ins per rep per week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No check-ins in this period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 total</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Weeks %1 … %2; dark: verified check-ins</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Targets %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No targets for this month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — %2: %3 of %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set a target…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RevisionCard</name>
    <message>
        <source>(empty)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Asked by %1 · %2 · device %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decided by %1 · %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RevisionDecision</name>
    <message>
        <source>Only managers and headquarters decide on changes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This change is no longer waiting for a decision.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At most 1000 characters (now %1)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RevisionStatusChip</name>
    <message>
        <source>Waiting for approval</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changed by a leader</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RevisionsPage</name>
    <message>
        <source>Revisions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>My key-field changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting for your decision (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your requests</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing waiting for a decision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You have not changed any key field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changed by a leader</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No decided changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a pending change on the left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Current value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Requested value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Requested by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 · %2 · device %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note for the rep (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed in as</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last sync</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (failed: %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Online: changes sync by themselves</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Offline: changes are kept on this phone until the server is reachable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting to sync</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This device</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Device ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>App version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change password…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Field CRM</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in to sync your customers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Server URL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This device's data file is damaged and cannot be used. Your data on the server is safe. Start afresh to keep the damaged file aside (for support) and fetch your data again when you sign in. Changes this device had not yet synced stay in the damaged file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start afresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The damaged data file was kept as %1. Sign in to fetch your data.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SignOutDialog</name>
    <message>
        <source>Sign out?</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>This device holds %n change(s) that the server has not accepted yet (unsynced edits and sync issues). Signing out deletes them from this device for good.</source>
        <translation>
            <numerusform>This device holds %n change that the server has not accepted yet (unsynced edits and sync issues). Signing out deletes them from this device for good.</numerusform>
            <numerusform>This device holds %n changes that the server has not accepted yet (unsynced edits and sync issues). Signing out deletes them from this device for good.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync first, or look at the sync issues, to keep them.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Sign out and discard %n change(s)</source>
        <translation>
            <numerusform>Sign out and discard %n change</numerusform>
            <numerusform>Sign out and discard %n changes</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SyncBar</name>
    <message>
        <source>All changes synced</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n change(s) not yet synced</source>
        <translation>
            <numerusform>%n change not yet synced</numerusform>
            <numerusform>%n changes not yet synced</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Never synced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Synced %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sync failed %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n issue(s)</source>
        <translation>
            <numerusform>%n issue</numerusform>
            <numerusform>%n issues</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sync issues</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>My key-field changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revisions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Server busy: next try at %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SyncIssueListModel</name>
    <message>
        <source>(cleared)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SyncIssuesPage</name>
    <message>
        <source>Sync issues</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No sync issues. Everything you changed was accepted by the server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server did not take these changes as they were. What you entered is kept here: redo what still matters, then dismiss.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Server: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overwritten by a newer change: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What you entered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SyncProgressState</name>
    <message>
        <source>Sending %1 of %2 changes</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 records received (%n page(s))</source>
        <translation>
            <numerusform>%1 records received (%n page)</numerusform>
            <numerusform>%1 records received (%n pages)</numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TargetDialog</name>
    <message>
        <source>Target for %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Won amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Won deals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check-ins</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New customers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter a number of 0 or more</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save target</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TaskEditor</name>
    <message>
        <source>Required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter a real date as YYYY-MM-DD.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter a time as HH:MM.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Please correct the marked fields.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not save the task: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The task is not on this device.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TaskFormPage</name>
    <message>
        <source>New task</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save task</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>YYYY-MM-DD (empty: no due date)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>HH:MM</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TaskListPage</name>
    <message>
        <source>Overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No due date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No open tasks. Follow-up dates of visits create tasks here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not yet synced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Snooze</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tomorrow</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hide done tasks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show done tasks (%1)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TeamReviewPage</name>
    <message>
        <source>Team review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From YYYY-MM-DD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To YYYY-MM-DD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dates as YYYY-MM-DD, the first not after the last</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All units</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No visits in this period</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TeamVisitPanel</name>
    <message>
        <source>Select a visit on the left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This visit is not on this device.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Visit by %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Planned %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>checked in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>checked out %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Device:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Server:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not yet verified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No comments yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not yet synced: the rep gets it after your next sync</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Written %1 · read by the rep %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Written %1 · not yet read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write a comment for the rep</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send comment</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TeamVisitRow</name>
    <message>
        <source>planned, not checked in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>device only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>device ≠ server</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n comment</numerusform>
            <numerusform>%n comments</numerusform>
        </translation>
    </message>
    <message>
        <source>unread by rep</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TimelineRow</name>
    <message>
        <source>Comment · %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Planned · %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Visits today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tasks due today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan visit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comments from your manager</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing planned for today. Plan a visit, or open a customer to record one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no customer)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not yet synced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check in</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ValueSegmentChip</name>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>VisitDetailPage</name>
    <message>
        <source>Visit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Continue visit / check out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This visit is not on this device.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not yet synced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checked in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check-in on the device</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>entered by hand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>source %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 from the customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>accuracy ±%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>fix %1 s old</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check-in on the server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not yet verified by the server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checked out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow-up date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow-up task</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No comments from your manager</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>VisitEditor</name>
    <message>
        <source>Enter a real date as YYYY-MM-DD.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter a time as HH:MM.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a customer first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Please correct the marked fields.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not save the visit: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This visit is already checked in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The customer is not on this device.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No position yet: wait for a fix, or check in manually.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not check in: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check in first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow up: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not check out: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No position yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not store the position: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>VisitFormPage</name>
    <message>
        <source>Purpose</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow-up date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Position found (±%1, %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Position found (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No position fix. You can check in manually; the visit will be flagged as manual.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Locating you…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check in manually</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Planned for %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checked in at %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 from the customer's position</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checked out at %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set the customer's position here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>YYYY-MM-DD (creates a follow-up task)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow-up task: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WaitText</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
</TS>