/** Pages as found: the bytes of one HTML page, scraped text or feed item, with where it came from. */
package dateline.page;
