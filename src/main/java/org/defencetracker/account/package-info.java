/** Accounts of analysts, editors and administrators, and how they sign in. */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts")
package org.defencetracker.account;
