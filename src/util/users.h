#ifndef COSH_UTIL_USERS_H
#define COSH_UTIL_USERS_H

/* Before the first look-up in the user or group database (getpwnam,
 * getpwuid, readline's ~user completion): a cosh linked with a static C
 * library (configure --enable-static-libc, the default) reads
 * /etc/passwd and /etc/group only.  The other sources nsswitch.conf may
 * name (systemd, ldap, sss) are shared objects that a static program
 * would load into itself from whatever C library is installed, and a
 * mismatch crashes it.  Nothing to do in a dynamically linked cosh. */
void users_prepare(void);

#endif
