/** The first case shipped with the app: Kazakhstan's territorial-defence measures and drone incidents of 2025. */
@org.springframework.modulith.ApplicationModule(displayName = "Demo case")
package org.defencetracker.demo;
