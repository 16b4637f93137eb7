#include "demotables.h"

namespace attest::demo {

const char* divisionName(Division division)
{
    switch (division) {
    case TechnologyDivision:
        return "Technology Division";
    case CommercialDivision:
        return "Commercial Division";
    case CorporateDivision:
    case DivisionCount:
        break;
    }
    return "Corporate Division";
}

const std::vector<DepartmentSpec>& departments()
{
    // Weights follow a mid-sized software company: engineering and the customer-facing
    // departments dominate, legal and security are small.
    static const std::vector<DepartmentSpec> table = {
        {"Engineering",
         270,
         TechnologyDivision,
         {"Platform", "Backend", "Frontend", "Mobile", "Data", "Quality", "Developer Tools"},
         {"Software Engineer", "Site Reliability Engineer", "QA Engineer", "Data Engineer"},
         {"Software Developer", "Site Reliability Engineer", "Quality Engineer", "Data Engineer"},
         "Engineering Manager",
         "Director of Engineering",
         "VP Engineering",
         {"Confluence", "AWS Staging", "Jenkins"}},
        {"Sales",
         140,
         CommercialDivision,
         {"EMEA Sales", "North America Sales", "APAC Sales", "Sales Operations"},
         {"Account Executive", "Sales Development Representative"},
         {"Sales Representative", "Sales Representative"},
         "Sales Manager",
         "Director of Sales",
         "VP Sales",
         {"HubSpot", "DocuSign", "Tableau"}},
        {"Marketing",
         70,
         CommercialDivision,
         {"Brand", "Demand Generation", "Content", "Events"},
         {"Marketing Specialist", "Content Writer"},
         {"Marketing Operator", nullptr},
         "Marketing Manager",
         "Director of Marketing",
         "VP Marketing",
         {"HubSpot", "Figma", "Confluence"}},
        {"Finance",
         60,
         CorporateDivision,
         {"Accounting", "Financial Planning", "Procurement"},
         {"Financial Analyst", "Accountant"},
         {"Financial Analyst", "Accountant"},
         "Finance Manager",
         "Director of Finance",
         "Chief Financial Officer",
         {"Tableau", "DocuSign", "VPN"}},
        {"Human Resources",
         40,
         CorporateDivision,
         {"People Partners", "Recruiting", "Payroll and Benefits"},
         {"HR Generalist", "Payroll Specialist", "Recruiter"},
         {"HR Partner", "Payroll Administrator", "HR Partner"},
         "HR Manager",
         "Director of People",
         "Chief People Officer",
         {"HR Portal", "DocuSign", "Confluence"}},
        {"Legal",
         20,
         CorporateDivision,
         {"Commercial Legal", "Compliance"},
         {"Legal Counsel", "Paralegal", "Compliance Analyst"},
         {"Legal Reviewer", "Legal Reviewer", "Legal Reviewer"},
         "Legal Manager",
         "Director of Legal",
         "General Counsel",
         {"DocuSign", "Confluence", "Salesforce"}},
        {"IT Operations",
         60,
         TechnologyDivision,
         {"Infrastructure", "Service Desk", "End User Computing", "Network"},
         {"Systems Administrator", "Service Desk Analyst", "Network Engineer"},
         {"Systems Operator", "Helpdesk Operator", "Systems Operator"},
         "IT Manager",
         "Director of IT",
         "Chief Information Officer",
         {"Backup Console", "Confluence", "Jira", "VPN"}},
        {"Security",
         30,
         TechnologyDivision,
         {"Security Operations", "Security Engineering", "Governance Risk and Compliance"},
         {"Security Analyst", "Security Engineer"},
         {"Security Analyst", "Security Engineer"},
         "Security Manager",
         "Director of Security",
         "Chief Information Security Officer",
         {"Confluence", "Jira", "Tableau", "VPN"}},
        {"Customer Support",
         140,
         CommercialDivision,
         {"Tier 1 Support", "Tier 2 Support", "Customer Success", "Support Operations"},
         {"Support Agent", "Customer Success Manager"},
         {"Support Agent", "Support Agent"},
         "Support Manager",
         "Director of Customer Support",
         "VP Customer Experience",
         {"Salesforce", "Confluence"}},
        {"Product",
         60,
         TechnologyDivision,
         {"Product Management", "Design", "Product Analytics"},
         {"Product Manager", "Product Designer", "Product Analyst"},
         {"Product Manager", "Designer", "Data Analyst"},
         "Group Product Manager",
         "Director of Product",
         "VP Product",
         {"Tableau", "Confluence", "Salesforce"}},
        {"Research",
         60,
         TechnologyDivision,
         {"Applied Research", "Machine Learning", "Labs"},
         {"Research Scientist", "Data Scientist"},
         {"Research Scientist", "Data Analyst"},
         "Research Manager",
         "Director of Research",
         "VP Research",
         {"AWS Staging", "Confluence"}},
        {"Facilities",
         40,
         CorporateDivision,
         {"Workplace", "Security Guards", "Reception"},
         {"Facilities Coordinator", "Workplace Assistant"},
         {"Facilities Coordinator", "Facilities Coordinator"},
         "Facilities Manager",
         "Director of Workplace",
         "VP Workplace",
         {"DocuSign"}},
    };
    return table;
}

const std::vector<ApplicationSpec>& applications()
{
    static const std::vector<ApplicationSpec> table = {
        {"VPN", ItOperations, false},
        {"GitLab", Engineering, false},
        {"Jira", Engineering, false},
        {"Confluence", Engineering, false},
        {"Salesforce", Sales, false},
        {"SAP Finance", Finance, false},
        {"Workday", HumanResources, false},
        {"Payroll", HumanResources, false},
        {"AWS Production", Engineering, true},
        {"AWS Staging", Engineering, false},
        {"Kubernetes Production", Engineering, false},
        {"Jenkins", -1, false},
        {"Tableau", Product, false},
        {"Zendesk", CustomerSupport, false},
        {"Office 365", ItOperations, false},
        {"Slack", ItOperations, false},
        {"HR Portal", HumanResources, false},
        {"Database Admin", ItOperations, false},
        {"Backup Console", -1, false},
        {"Firewall Management", Security, true},
        {"DocuSign", Legal, false},
        {"Figma", -1, false},
        {"HubSpot", Marketing, false},
        {"ServiceNow", ItOperations, false},
        {"Expensify", Finance, false},
    };
    return table;
}

const std::vector<RoleSpec>& roles()
{
    static const std::vector<RoleSpec> table = {
        {"Software Developer",
         "Builds and ships the product",
         Engineering,
         {"GitLab Users", "Jira Users", "AWS Staging Users", "Jenkins Users"}},
        {"Site Reliability Engineer",
         "Runs production",
         Engineering,
         {"Kubernetes Production Users", "AWS Production Users", "Jenkins Users", "GitLab Users"}},
        {"Quality Engineer", "Tests releases", Engineering, {"Jira Users", "Jenkins Users"}},
        {"Data Engineer",
         "Builds data pipelines",
         Engineering,
         {"AWS Staging Users", "Tableau Users", "Database Admin Users"}},
        {"Sales Representative", "Sells to customers", Sales, {"Salesforce Users", "HubSpot Users"}},
        {"Marketing Operator", "Runs campaigns", Marketing, {"HubSpot Users", "Figma Users"}},
        {"Financial Analyst", "Plans and reports", Finance, {"SAP Finance Users", "Tableau Users"}},
        {"Accountant", "Keeps the books", Finance, {"SAP Finance Users", "Expensify Admins"}},
        {"HR Partner", "Supports managers and staff", HumanResources, {"HR Portal Users", "Workday Admins"}},
        {"Payroll Administrator", "Pays salaries", HumanResources, {"Payroll Users", "Payroll Admins"}},
        {"Legal Reviewer", "Reviews contracts", Legal, {"DocuSign Users"}},
        {"Systems Operator",
         "Operates servers and backups",
         ItOperations,
         {"Backup Console Users", "Database Admin Users", "ServiceNow Users"}},
        {"Security Analyst", "Monitors threats", Security, {"Firewall Management Users", "Tableau Users"}},
        {"Security Engineer", "Secures the platform", Security, {"Firewall Management Users", "AWS Production Users"}},
        {"Support Agent", "Answers customers", CustomerSupport, {"Zendesk Users"}},
        {"Product Manager", "Owns the roadmap", Product, {"Jira Users", "Figma Users"}},
        {"Designer", "Designs the product", Product, {"Figma Users"}},
        {"Data Analyst", "Analyses product data", -1, {"Tableau Users"}},
        {"Research Scientist", "Runs experiments", Research, {"GitLab Users", "AWS Staging Users", "Tableau Users"}},
        {"Facilities Coordinator", "Runs the offices", Facilities, {"ServiceNow Users"}},
        // Administrative roles, held by admin accounts (and the service desk).
        {"Identity Administrator", "Manages accounts and groups", Security, {"Office 365 Admins", "ServiceNow Admins"}},
        {"Cloud Administrator",
         "Administers the cloud estate",
         ItOperations,
         {"AWS Production Admins", "AWS Staging Admins", "Kubernetes Production Admins"}},
        {"Security Administrator",
         "Administers security tooling",
         Security,
         {"Firewall Management Admins", "AWS Production Users"}},
        {"Helpdesk Operator",
         "Resets passwords and unlocks accounts",
         ItOperations,
         {"ServiceNow Users", "Office 365 Admins"}},
    };
    return table;
}

const std::vector<ServiceAccountSpec>& serviceAccounts()
{
    static const std::vector<ServiceAccountSpec> table = {
        {"svc-backup",
         "Nightly backup agent",
         ItOperations,
         2900,
         false,
         {"Backup Operators", "Backup Console Admins"}},
        {"svc-ci",
         "Continuous integration runner",
         Engineering,
         1800,
         false,
         {"GitLab Users", "Jenkins Admins", "AWS Staging Users"}},
        {"svc-reporting", "Scheduled reports", Finance, 1500, false, {"Tableau Users", "Database Admin Users"}},
        {"svc-monitoring",
         "Monitoring probes",
         ItOperations,
         2200,
         false,
         {"Kubernetes Production Users", "AWS Production Users"}},
        {"svc-deploy",
         "Production deployments",
         Engineering,
         1300,
         false,
         {"Kubernetes Production Admins", "AWS Production Users"}},
        {"svc-ldap-sync", "Directory synchronisation", ItOperations, 3100, false, {"Account Operators"}},
        {"svc-hr-feed", "HR feed import", HumanResources, 1700, false, {"Workday Users", "HR Portal Users"}},
        {"svc-payroll", "Payroll export", HumanResources, 2600, false, {"Payroll Users"}},
        {"svc-jenkins", "Jenkins controller", Engineering, 2000, false, {"Jenkins Users", "GitLab Users"}},
        {"svc-sql", "Database maintenance jobs", ItOperations, 2400, false, {"Database Admin Admins"}},
        {"svc-scanner", "Network scanner of a past audit", -1, 1900, true, {"Firewall Management Users"}},
        {"svc-mail-relay", "Mail relay", ItOperations, 3300, false, {"Office 365 Users"}},
        {"svc-print", "Print server", -1, 3500, false, {"Print Operators"}},
        {"svc-sso", "Single sign-on bridge", Security, 1200, false, {"Office 365 Users", "Slack Users"}},
        {"svc-tableau", "Tableau extract refresh", -1, 1100, false, {"Tableau Users", "SAP Finance Users"}},
        {"svc-zendesk-sync",
         "Zendesk to Salesforce sync",
         CustomerSupport,
         900,
         false,
         {"Zendesk Users", "Salesforce Users"}},
        {"svc-aws-automation", "Infrastructure automation", Engineering, 700, false, {"AWS Production Admins"}},
        {"svc-k8s-operator", "Kubernetes operator", Engineering, 150, false, {"Kubernetes Production Users"}},
        {"svc-legacy-backup", "Old backup product, replaced in 2021", -1, 3900, true, {"Backup Operators"}},
        {"svc-legacy-etl", "Old data warehouse loader", -1, 3000, true, {"Database Admin Users", "SAP Finance Users"}},
        {"svc-test", "Created for a test and never removed", -1, 800, true, {"AWS Staging Users"}},
        {"svc-data-pipeline", "Research data pipeline", Research, 40, false, {"AWS Staging Users", "Tableau Users"}},
    };
    return table;
}

const std::vector<LocationSpec>& locations()
{
    static const std::vector<LocationSpec> table = {
        {"London", 20}, {"New York", 15}, {"Berlin", 12},   {"Austin", 10},    {"Warsaw", 10},
        {"Dublin", 8},  {"Paris", 7},     {"Singapore", 7}, {"Copenhagen", 6}, {"Madrid", 5},
    };
    return table;
}

const std::vector<const char*>& firstNames()
{
    static const std::vector<const char*> table = {
        "James",      "Mary",      "John",    "Patricia",  "Robert",   "Jennifer", "Michael",   "Linda",    "William",
        "Elizabeth",  "David",     "Barbara", "Richard",   "Susan",    "Joseph",   "Jessica",   "Thomas",   "Sarah",
        "Charles",    "Karen",     "Daniel",  "Nancy",     "Matthew",  "Lisa",     "Anthony",   "Margaret", "Mark",
        "Sandra",     "Paul",      "Ashley",  "Steven",    "Emily",    "Andrew",   "Donna",     "Kenneth",  "Michelle",
        "Joshua",     "Carol",     "Kevin",   "Amanda",    "Brian",    "Melissa",  "George",    "Deborah",  "Timothy",
        "Stephanie",  "Ronald",    "Rebecca", "Jason",     "Laura",    "Oliver",   "Amelia",    "Harry",    "Isla",
        "Jack",       "Ava",       "Noah",    "Mia",       "Leo",      "Freya",    "Zoë",       "José",     "Łukasz",
        "Søren",      "François",  "Siobhán", "Chloé",     "Renée",    "Björn",    "Åsa",       "Jürgen",   "Günther",
        "Małgorzata", "Agnieszka", "Paweł",   "Wojciech",  "Zofia",    "Grzegorz", "Katarzyna", "Piotr",    "Ana",
        "Lucía",      "Sofía",     "Martín",  "Álvaro",    "Inés",     "Raúl",     "Núria",     "Joaquín",  "Héctor",
        "Aoife",      "Seán",      "Niamh",   "Ciarán",    "Róisín",   "Eoin",     "Pádraig",   "Méabh",    "Cian",
        "Orla",       "Lars",      "Ingrid",  "Mette",     "Mikkel",   "Frederik", "Astrid",    "Sigrid",   "Håkon",
        "Ørjan",      "Kjersti",   "Hélène",  "Léa",       "Jérôme",   "Benoît",   "Noémie",    "Thibault", "Amélie",
        "Gaëlle",     "Loïc",      "Cécile",  "Priya",     "Arjun",    "Ananya",   "Rohan",     "Aisha",    "Omar",
        "Fatima",     "Yusuf",     "Leila",   "Hassan",    "Wei",      "Mei",      "Hiroshi",   "Yuki",     "Haruto",
        "Sakura",     "Minjun",    "Jiwoo",   "Thanh",     "Linh",     "Kofi",     "Amara",     "Chidi",    "Ngozi",
        "Tunde",      "Zainab",    "Mateo",   "Valentina", "Diego",    "Camila",   "Dmitri",    "Olga",     "Ivan",
        "Natalia",    "Elif",      "Emre",    "Zeynep",    "Stéphane", "Mathéo",   "Anaïs",
    };
    return table;
}

const std::vector<const char*>& surnames()
{
    static const std::vector<const char*> table = {
        "Smith",      "Johnson",    "Williams",       "Brown",        "Jones",        "Garcia",      "Miller",
        "Davis",      "Rodriguez",  "Martinez",       "Hernandez",    "Lopez",        "Gonzalez",    "Wilson",
        "Anderson",   "Thomas",     "Taylor",         "Moore",        "Jackson",      "Martin",      "Lee",
        "Perez",      "Thompson",   "White",          "Harris",       "Sanchez",      "Clark",       "Ramirez",
        "Lewis",      "Robinson",   "Walker",         "Young",        "Allen",        "King",        "Wright",
        "Scott",      "Torres",     "Nguyen",         "Hill",         "Flores",       "Green",       "Adams",
        "Nelson",     "Baker",      "Hall",           "Rivera",       "Campbell",     "Mitchell",    "Carter",
        "Roberts",    "Müller",     "Schmidt",        "Schneider",    "Fischer",      "Weber",       "Meyer",
        "Wagner",     "Becker",     "Schäfer",        "Köhler",       "Ødegård",      "Sørensen",    "Jørgensen",
        "Kjærgaard",  "Løvås",      "Østergaard",     "Hansen",       "Nielsen",      "Larsen",      "Berg",
        "Kowalski",   "Nowak",      "Wiśniewski",     "Wójcik",       "Kamiński",     "Lewandowski", "Zieliński",
        "Szymański",  "Dąbrowski",  "Kozłowski",      "García",       "Fernández",    "González",    "Rodríguez",
        "López",      "Martínez",   "Sánchez",        "Pérez",        "Gómez",        "Jiménez",     "Muñoz",
        "Peña",       "Dubois",     "Lefèvre",        "Lambert",      "Fontaine",     "Rousseau",    "Girard",
        "Bonnet",     "Mercier",    "Benoît",         "Chevalier",    "Gauthier",     "Ó Briain",    "O'Brien",
        "O'Sullivan", "Ní Bhriain", "Murphy",         "Kelly",        "Byrne",        "Ryan",        "Walsh",
        "McCarthy",   "Doyle",      "Ó Súilleabháin", "Fitzgerald",   "Kennedy",      "Rossi",       "Russo",
        "Ferrari",    "Esposito",   "Bianchi",        "Romano",       "Colombo",      "Ricci",       "Marino",
        "Greco",      "Patel",      "Sharma",         "Singh",        "Kumar",        "Gupta",       "Khan",
        "Ali",        "Ahmed",      "Hussain",        "Rahman",       "Wang",         "Li",          "Zhang",
        "Liu",        "Chen",       "Yang",           "Huang",        "Zhao",         "Wu",          "Zhou",
        "Sato",       "Suzuki",     "Takahashi",      "Tanaka",       "Watanabe",     "Kim",         "Park",
        "Choi",       "Tran",       "Pham",           "Okafor",       "Mensah",       "Adeyemi",     "Boateng",
        "Ivanov",     "Petrov",     "Smirnova",       "Yılmaz",       "Kaya",         "Demir",       "Andersson",
        "Johansson",  "Karlsson",   "Nilsson",        "Lindqvist",    "Åberg",        "Söderström",  "Novák",
        "Dvořák",     "Horváth",    "Nagy",           "Tóth",         "Papadopoulos", "Silva",       "Santos",
        "Oliveira",   "Costa",      "Pereira",        "Van der Berg", "De Vries",     "Janssen",     "Bakker",
        "Visser",     "Smit",       "Meijer",         "De Jong",      "Mulder",       "Hoffmann",    "Krüger",
    };
    return table;
}

const std::vector<const char*>& protectedGroups()
{
    static const std::vector<const char*> table = {
        "Domain Admins",     "Enterprise Admins", "Schema Admins",    "Administrators",
        "Account Operators", "Server Operators",  "Backup Operators", "Print Operators",
    };
    return table;
}

} // namespace attest::demo
