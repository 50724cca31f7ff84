/** Search in the JSON API under /api/v1. */
package org.defencetracker.search.web.api;
