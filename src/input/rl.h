#ifndef COSH_INPUT_RL_H
#define COSH_INPUT_RL_H
#endif
