#pragma once

#include <vector>

namespace attest::demo {

// Fixed tables the demo organisation is drawn from. Plain UTF-8 C strings: they are data, not
// user interface text, and converting them once per generation is cheap.

enum Department : int
{
    Engineering,
    Sales,
    Marketing,
    Finance,
    HumanResources,
    Legal,
    ItOperations,
    Security,
    CustomerSupport,
    Product,
    Research,
    Facilities,
    DepartmentCount,
};

enum Division : int
{
    TechnologyDivision,
    CommercialDivision,
    CorporateDivision,
    DivisionCount
};

struct DepartmentSpec
{
    const char* name;
    int weight; // share of the staff in per mille
    Division division;
    std::vector<const char*> teams;
    std::vector<const char*> staffTitles; // a "Senior " prefix makes the senior variant
    std::vector<const char*> staffRoles;  // role per staff title, nullptr for none
    const char* managerTitle;
    const char* directorTitle;
    const char* vpTitle;
    std::vector<const char*> applications; // "<application> Users" granted directly to everyone
};

struct ApplicationSpec
{
    const char* name;
    int ownerDepartment;   // -1: the application's groups have no owner
    bool adminsPrivileged; // "<application> Admins" carries the source's privileged tag
};

struct RoleSpec
{
    const char* name;
    const char* description;
    int ownerDepartment;             // -1: nobody owns the role
    std::vector<const char*> groups; // the groups the role bundles (the role is a member of each)
};

struct ServiceAccountSpec
{
    const char* login;
    const char* description;
    int ownerDepartment; // -1: nobody owns the account (an orphan)
    int createdDaysAgo;
    bool stale; // has not logged on for months
    std::vector<const char*> groups;
};

struct LocationSpec
{
    const char* name;
    int weight;
};

const char* divisionName(Division division);
const std::vector<DepartmentSpec>& departments();
const std::vector<ApplicationSpec>& applications();
const std::vector<RoleSpec>& roles();
const std::vector<ServiceAccountSpec>& serviceAccounts();
const std::vector<LocationSpec>& locations();
const std::vector<const char*>& firstNames();
const std::vector<const char*>& surnames();

// The eight groups Active Directory protects with adminCount/AdminSDHolder, in that order.
const std::vector<const char*>& protectedGroups();

} // namespace attest::demo
