/** The web stage: a thin HTTP layer (Javalin) over the store, and a page to search, read and map what it holds. */
package dateline.web;
