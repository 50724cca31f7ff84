/** Sources and statements in the JSON API under /api/v1. */
package org.defencetracker.statement.web.api;
