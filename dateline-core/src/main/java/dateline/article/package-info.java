/** The clean article of a page: title, date, authors, lead, body and image credits, boilerplate gone. */
package dateline.article;
