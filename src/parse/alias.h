#ifndef COSH_PARSE_ALIAS_H
#define COSH_PARSE_ALIAS_H
#endif
