/**
 * The clean article of a page: title, date, section, authors, language, lead, body and image credits, boilerplate
 * gone. {@link dateline.article.ArticleExtractor} is the entry point: HTML pages go through one jsoup parse (page
 * metadata, a Readability-style content search, paragraph writing and line cleanup), scraped text through line rules
 * (repeated headline, section and date line, credit lines, trailing furniture).
 */
package dateline.article;
